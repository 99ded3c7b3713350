import Foundation
import Synchronization

/// The sandbox's faults at run time: tests and the `/_sandbox/faults` route change them
/// while the server runs, every request draws its `FaultPlan` here from one seeded
/// generator (so a sequential run is reproducible), and the counters say what was done.
public final class FaultInjector: Sendable {
    /// The control route's path, outside every provider's prefix.
    public static let controlPath = "/_sandbox/faults"

    private struct State {
        var faults: SandboxFaults
        var random: SeededRandom
        var requests = 0
        var injected: [String: Int] = [:]
    }

    private let state: Mutex<State>
    private let stopping = Atomic<Bool>(false)

    public init(_ faults: SandboxFaults = .none) {
        state = Mutex(State(faults: faults, random: SeededRandom(seed: faults.seed)))
    }

    public var faults: SandboxFaults {
        state.withLock { $0.faults }
    }

    /// Replaces the faults and restarts the generator from their seed; counters stay.
    public func set(_ faults: SandboxFaults) {
        state.withLock {
            $0.faults = faults
            $0.random = SeededRandom(seed: faults.seed)
        }
    }

    /// Requests seen, and how many got each fault (`hang.before`, `reset.after`, …).
    public var counters: (requests: Int, injected: [String: Int]) {
        state.withLock { ($0.requests, $0.injected) }
    }

    public func resetCounters() {
        state.withLock {
            $0.requests = 0
            $0.injected = [:]
        }
    }

    /// Ends every hang and delay at once: the server is stopping and waits for requests in
    /// flight, so none may outlive the stop by more than a moment.
    public func releaseAll() {
        stopping.store(true, ordering: .relaxed)
    }

    /// The plan for the next request.
    func plan() -> FaultPlan {
        state.withLock { state in
            state.requests += 1
            let faults = state.faults
            var plan = FaultPlan()
            guard !faults.isNone else { return plan }
            let span = faults.latency.upperBound - faults.latency.lowerBound
            let delay = faults.latency.lowerBound + span * state.random.unit()
            plan.delayBefore = delay / 2
            plan.delayAfter = delay / 2
            let draw = state.random.unit()
            let kinds: [(share: Double, kind: FaultPlan.Kind)] = [
                (faults.errorShare, .serverError), (faults.timeoutShare, .hang), (faults.resetShare, .reset),
                (faults.garbageShare, .truncated),
            ]
            var bound = 0.0
            guard var kind = kinds.first(where: { bound += $0.share; return draw < bound })?.kind else { return plan }
            var side = faults.side == .both ? (state.random.chance(0.5) ? FaultSide.after : .before) : faults.side
            switch kind {
            case .serverError:
                // A rate limit means the request was not handled: 429 only strikes before.
                let statuses = side == .after ? [500, 502, 503] : [429, 500, 502, 503]
                plan.status = statuses[Int(state.random.next() % UInt64(statuses.count))]
                if plan.status == 429 {
                    kind = .tooManyRequests
                    side = .before
                }
            case .truncated:
                if state.random.chance(0.5) { kind = .malformed }
            case .tooManyRequests, .hang, .reset, .malformed:
                break
            }
            plan.fault = (kind, side)
            state.injected[plan.counterName!, default: 0] += 1
            return plan
        }
    }

    /// Waits `seconds`, or less once the server is stopping; never throws, so a hang
    /// cannot be turned into a cancelled response writer.
    func pause(_ seconds: Double) async {
        let end = Date().addingTimeInterval(seconds)
        while !stopping.load(ordering: .relaxed), Date() < end {
            try? await Task.sleep(for: .milliseconds(min(50, max(1, end.timeIntervalSinceNow * 1000))))
        }
    }
}
