import Synchronization

/// What the fuzz thread is doing, for the watchdog that turns a hang into a failure.
final class FuzzProgress: Sendable {
    struct Snapshot {
        var index = -1
        var started = ContinuousClock.now
        var finished = false
        var errors = 0
        var slowest: Duration = .zero
    }

    private let state = Mutex(Snapshot())

    var snapshot: Snapshot {
        state.withLock { $0 }
    }

    func begin(_ index: Int) {
        state.withLock {
            $0.index = index
            $0.started = .now
        }
    }

    func end(threw: Bool) {
        state.withLock {
            if threw { $0.errors += 1 }
            $0.slowest = max($0.slowest, ContinuousClock.now - $0.started)
        }
    }

    func finish() {
        state.withLock { $0.finished = true }
    }
}
