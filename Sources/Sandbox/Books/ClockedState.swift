import Foundation
import Synchronization

/// A provider book's state behind one lock, brought up to the sandbox clock before a call
/// reads or changes it.
///
/// Orders move by themselves (provisioning ends, drafts expire) without a timer thread:
/// each call first settles what has come due by the clock's now, so an order due at 12:00
/// is final for whoever looks at 12:00:01, and a test that moves a ``ManualClock`` sees
/// the next state at once. Every book held a `Mutex`, a clock and this settle-then-act
/// step of its own; this is that step, once.
///
/// ```swift
/// let state = ClockedState(initial, clock: options.clock, settle: Self.settle)
/// let order = try state.settled { state, now in try Self.find(id, in: state) }
/// ```
final class ClockedState<State: Sendable>: Sendable {
    /// Moves every order whose time has come along, as of `now`.
    typealias Settle = @Sendable (inout State, _ now: Date) -> Void

    let clock: any SandboxClock
    private let state: Mutex<State>
    private let settle: Settle

    /// `settle` defaults to nothing: for a provider whose orders change only when asked.
    init(_ initial: sending State, clock: any SandboxClock, settle: @escaping Settle = { _, _ in }) {
        self.clock = clock
        self.settle = settle
        state = Mutex(initial)
    }

    /// Settles what is due by the clock's now, then runs `body` with the state and that
    /// now, under the lock.
    func settled<T>(_ body: (inout State, _ now: Date) throws -> T) rethrows -> T {
        let now = clock.now()
        return try state.withLock { state in
            settle(&state, now)
            return try body(&state, now)
        }
    }

    /// Runs `body` under the lock without settling, for what the clock does not move
    /// (issued tokens, counters of calls, a page size).
    func unsettled<T>(_ body: (inout State) throws -> T) rethrows -> T {
        try state.withLock { try body(&$0) }
    }
}
