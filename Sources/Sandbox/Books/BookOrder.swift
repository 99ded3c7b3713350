import Foundation

/// What ``OrderBook`` needs to know of a provider's order: its id, when it was made and
/// when it next moves by itself.
///
/// Each provider's order keeps its own field names, since they are its reference's
/// (`orderId`, `purchased_at`); a conformance only says which of them the book reads, so
/// that no wire field is renamed to suit the shared book.
protocol BookOrder: Sendable {
    associatedtype ID: Hashable & Comparable & Sendable

    var id: ID { get }
    /// When the order was made: lists are newest first by it, then by id.
    var createdAt: Date { get }
    /// When the order's next step on the sandbox clock is due (provisioning ends, a
    /// scheduled order places itself, a draft expires); nil while nothing happens to it
    /// unless someone asks.
    var nextStepAt: Date? { get }
}
