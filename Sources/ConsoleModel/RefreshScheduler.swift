import Dispatch
import Foundation
import Synchronization

/// The background refresh timer (a `DispatchSourceTimer`). The console tells it the
/// interval its state wants after every change; it re-arms only when that differs, and
/// fires `onFire` from its own queue, which only enqueues an action, never draws.
public final class RefreshScheduler: Sendable {
    private struct Armed {
        var timer: (any DispatchSourceTimer)?
        var interval: TimeInterval?
    }

    private let armed = Mutex(Armed())
    private let queue = DispatchQueue(label: "ordercon.refresh")
    private let onFire: @Sendable () -> Void

    public init(onFire: @escaping @Sendable () -> Void) {
        self.onFire = onFire
    }

    /// The interval in force, nil while paused.
    public var interval: TimeInterval? { armed.withLock { $0.interval } }

    /// Arms the timer for `interval` seconds (with up to 10 % jitter so that accounts do
    /// not refresh in lockstep), or pauses it for nil.
    public func update(interval: TimeInterval?) {
        armed.withLock { armed in
            guard armed.interval != interval else { return }
            armed.timer?.cancel()
            armed.timer = nil
            armed.interval = interval
            guard let interval else { return }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            let jittered = interval * Double.random(in: 1.0...1.1)
            timer.schedule(deadline: .now() + jittered, repeating: jittered, leeway: .milliseconds(100))
            timer.setEventHandler { [onFire] in onFire() }
            timer.resume()
            armed.timer = timer
        }
    }

    public func stop() {
        update(interval: nil)
    }
}
