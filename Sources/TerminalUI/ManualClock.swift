import Foundation
import Synchronization

/// A clock that moves only when told: the loop's tests and in-process drivers pass it, so a
/// tick or a due refresh happens when the test says and never because the machine was slow.
public final class ManualClock: ConsoleClock {
    private let current: Mutex<Date>

    public init(_ start: Date) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
