/// What the sandbox does to one request, drawn from `SandboxFaults`.
struct FaultPlan: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        /// A 429 with `Retry-After` (only before the book: a rate limit means nothing was done).
        case tooManyRequests
        /// A 500, 502 or 503.
        case serverError
        /// No answer for `hangSeconds`.
        case hang
        /// The connection closes after a partial answer.
        case reset
        /// A body cut short.
        case truncated
        /// A body that is not what the content type promises.
        case malformed
    }

    var delayBefore: Double = 0
    var delayAfter: Double = 0
    /// The fault and where it strikes (`before` or `after`, never `both`).
    var fault: (kind: Kind, side: FaultSide)?
    /// For `serverError`: which status.
    var status: Int = 503

    static func == (left: FaultPlan, right: FaultPlan) -> Bool {
        left.delayBefore == right.delayBefore && left.delayAfter == right.delayAfter
            && left.fault?.kind == right.fault?.kind && left.fault?.side == right.fault?.side && left.status == right.status
    }

    /// The counter name, such as `reset.after` or `hang.before`; nil without a fault.
    var counterName: String? {
        fault.map { "\($0.kind.rawValue).\($0.side.rawValue)" }
    }
}
