/// The provider-neutral stage of an order or item, from PROVIDERS.md.
///
/// Every provider has its own status vocabulary; the phase is what colour, filtering,
/// polling speed and allowed actions are decided on. The raw status is always kept
/// beside it and shown verbatim.
public enum Phase: String, Sendable, Codable, CaseIterable, Hashable {
    case cart
    case draft
    case awaitingApproval
    case processing
    case completed
    case failed
    case cancelled
    case expired
    /// A status this build does not recognise: shown verbatim and polled like `processing`.
    case unknown

    /// True when nothing more will happen to the order without a new request.
    public var isFinal: Bool {
        switch self {
        case .completed, .failed, .cancelled, .expired: true
        case .cart, .draft, .awaitingApproval, .processing, .unknown: false
        }
    }

    /// True when the console should poll quickly because the status may change any second.
    public var wantsFastRefresh: Bool {
        self == .processing || self == .unknown
    }

    /// True while the order can still be edited and placed.
    public var isUnplaced: Bool {
        self == .cart || self == .draft
    }
}
