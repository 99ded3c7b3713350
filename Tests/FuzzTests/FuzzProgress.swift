import Synchronization

import Foundation

/// What the fuzz thread is doing, for the watchdog that turns a hang into a failure. Time
/// is the thread's own CPU time: the fuzz thread runs at idle priority so as not to slow
/// other tests, and waiting for a core is not hanging.
final class FuzzProgress: Sendable {
    struct Snapshot {
        var index = -1
        var started = Duration.zero
        /// The fuzz thread's CPU clock, once it has started.
        var clock: clockid_t?
        var finished = false
        var errors = 0
        var slowest: Duration = .zero
    }

    private let state = Mutex(Snapshot())

    var snapshot: Snapshot {
        state.withLock { $0 }
    }

    /// Called on the fuzz thread before its first input.
    func startOnCurrentThread() {
        var clock = clockid_t()
        pthread_getcpuclockid(pthread_self(), &clock)
        state.withLock { $0.clock = clock }
    }

    func begin(_ index: Int) {
        state.withLock {
            $0.index = index
            $0.started = Self.cpuTime($0.clock)
        }
    }

    func end(threw: Bool) {
        state.withLock {
            if threw { $0.errors += 1 }
            $0.slowest = max($0.slowest, Self.cpuTime($0.clock) - $0.started)
        }
    }

    /// The CPU time the current input has taken so far.
    func currentInputTime() -> Duration {
        state.withLock { Self.cpuTime($0.clock) - $0.started }
    }

    private static func cpuTime(_ clock: clockid_t?) -> Duration {
        guard let clock else { return .zero }
        var time = timespec()
        clock_gettime(clock, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    func finish() {
        state.withLock { $0.finished = true }
    }
}
