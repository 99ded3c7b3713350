/// Whether a fault strikes before the provider's book handles the request (nothing
/// changes) or after (the change is made, the client never learns it).
public enum FaultSide: String, Sendable, CaseIterable {
    case before, after
    /// Either, by a coin toss per request.
    case both
}
