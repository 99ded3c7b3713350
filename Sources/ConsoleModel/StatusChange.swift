import Foundation
import OrderKit

/// A status the console saw an order in, and when: the detail view's history.
public struct StatusChange: Sendable, Equatable {
    public var status: String
    public var phase: Phase
    public var seenAt: Date

    public init(status: String, phase: Phase, seenAt: Date) {
        self.status = status
        self.phase = phase
        self.seenAt = seenAt
    }
}
