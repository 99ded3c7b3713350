import ConsoleModel
import Foundation

/// Input given in advance instead of typed: the loop's tests and the benchmark feed the
/// console's own loop through it, with a `GridScreen` in place of the terminal.
@MainActor
public final class ScriptedInput: ConsoleInput {
    private var pending: [InputEvent] = []

    public init(_ events: [InputEvent] = []) {
        pending = events
    }

    /// Queues events for the loop's next turn.
    public func send(_ events: InputEvent...) {
        pending += events
    }

    /// Queues key presses.
    public func press(_ keys: Key...) {
        send(contentsOf: keys)
    }

    /// Queues key presses.
    public func send(contentsOf keys: [Key]) {
        pending += keys.map(InputEvent.key)
    }

    /// Returns at once while events are queued; otherwise sleeps on the action queue's
    /// pipe, as the terminal does, until an action arrives or the timeout passes.
    public func wait(timeout: Double, wake: Int32) {
        guard pending.isEmpty else { return }
        var watched = [pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        _ = poll(&watched, 1, Int32(min(max(timeout, 0) * 1000, 60_000).rounded(.up)))
    }

    public func next() -> InputEvent? {
        pending.isEmpty ? nil : pending.removeFirst()
    }
}
