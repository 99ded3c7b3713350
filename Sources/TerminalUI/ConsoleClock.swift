import Foundation

/// What the console loop reads the time from. The console passes `SystemClock`; the loop's
/// tests pass a clock they move by hand, so a tick or a due refresh happens when the test
/// says and not when the machine gets round to it.
public protocol ConsoleClock: Sendable {
    var now: Date { get }
}

/// The wall clock.
public struct SystemClock: ConsoleClock {
    public init() {}

    public var now: Date { Date() }
}
