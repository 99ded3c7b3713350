import Foundation

/// One order ordercon follows by id: its id, the last copy read and when that was.
public struct KnownOrder: Sendable, Hashable {
    public var id: String
    /// The last copy read, nil until the first read lands (or after the cache was cleared).
    public var lastCopy: Order?
    public var readAt: Date?

    public init(id: String, lastCopy: Order? = nil, readAt: Date? = nil) {
        self.id = id
        self.lastCopy = lastCopy
        self.readAt = readAt
    }
}
