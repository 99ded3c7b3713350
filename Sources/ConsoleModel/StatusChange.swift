import Foundation
import OrderKit

/// A status the console saw an order in, and when: the detail view's history.
public struct StatusChange: Sendable, Equatable {
    public var status: String
    /// The status's meaning where it is a code (`Order.statusMeaning`), kept with it so the
    /// history reads `1002 pending` as the panes do.
    public var meaning: String?
    public var phase: Phase
    public var seenAt: Date

    public init(status: String, meaning: String? = nil, phase: Phase, seenAt: Date) {
        self.status = status
        self.meaning = meaning
        self.phase = phase
        self.seenAt = seenAt
    }

    /// The status `order` is in now.
    public init(_ order: Order, seenAt: Date) {
        self.init(status: order.status, meaning: order.statusMeaning, phase: order.phase, seenAt: seenAt)
    }

    public var label: String { StatusLabel.text(status, meaning: meaning) }
}
