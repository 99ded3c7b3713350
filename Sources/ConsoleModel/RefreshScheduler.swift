import Foundation

/// When the next background refresh is due. The console loop tells it the interval its
/// state wants after every turn and sleeps no longer than until `due`: one deadline that
/// the loop's own `poll` waits for, with no timer thread to keep in step (htop's and tig's
/// way), and a clock the loop's tests can move by hand.
public struct RefreshScheduler: Sendable {
    /// The interval in force, nil while paused.
    public private(set) var interval: TimeInterval?
    /// When the next refresh is due, nil while paused.
    public private(set) var due: Date?
    /// Each wait is the interval times a factor from this range, so that consoles started
    /// together do not refresh in lockstep.
    private let jitter: ClosedRange<Double>

    public init(jitter: ClosedRange<Double> = 1.0...1.1) {
        self.jitter = jitter
    }

    /// Arms the next refresh `interval` seconds from `now` (paused for nil); an unchanged
    /// interval keeps the deadline already set.
    public mutating func update(interval: TimeInterval?, now: Date) {
        guard interval != self.interval else { return }
        self.interval = interval
        due = interval.map { now.addingTimeInterval($0 * Double.random(in: jitter)) }
    }

    /// True when a refresh is due at `now`; the following one is then armed an interval later.
    public mutating func takeDue(now: Date) -> Bool {
        guard let due, let interval, now >= due else { return false }
        self.due = now.addingTimeInterval(interval * Double.random(in: jitter))
        return true
    }
}
