/// What an order does to the customer's subscriptions, where the provider says (MPT's
/// `type`): a Change or Termination order is named as such on every screen, so ending
/// subscriptions never looks like buying nothing ("×0 0.00 USD").
public enum OrderKind: String, Sendable, Codable, Hashable, CaseIterable {
    case purchase
    case change
    case termination

    /// How the screens name it: "Termination order 123".
    public var displayName: String {
        switch self {
        case .purchase: "Purchase"
        case .change: "Change"
        case .termination: "Termination"
        }
    }
}
