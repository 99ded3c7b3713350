import Foundation
import Synchronization

/// The sandbox's idea of "now", injectable so that tests and demos can move time:
/// provisioning delays and the 7-day draft expiry are all measured on it.
public protocol SandboxClock: Sendable {
    func now() -> Date
}

/// Real time, optionally sped up: at `speed` 60 one real second is a sandbox minute.
public struct ScaledClock: SandboxClock {
    private let origin: Date
    private let speed: Double

    public init(speed: Double = 1, origin: Date = Date()) {
        self.speed = speed
        self.origin = origin
    }

    public func now() -> Date {
        origin.addingTimeInterval(Date().timeIntervalSince(origin) * speed)
    }
}

/// A clock that moves only when told, for tests.
public final class ManualClock: SandboxClock {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = Mutex(start)
    }

    public func now() -> Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
