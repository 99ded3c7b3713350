import Synchronization

/// Where timers and network answers leave actions for the UI thread, which drains it
/// between key reads. Nothing but the UI thread ever reduces or draws.
public final class ActionQueue: Sendable {
    private let pending = Mutex<[Action]>([])

    public init() {}

    public func push(_ action: Action) {
        pending.withLock { $0.append(action) }
    }

    /// Everything queued so far, oldest first; the queue is left empty.
    public func drain() -> [Action] {
        pending.withLock { actions in
            defer { actions.removeAll(keepingCapacity: true) }
            return actions
        }
    }
}
