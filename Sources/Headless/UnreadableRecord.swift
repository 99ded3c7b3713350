import OrderKit

/// The JSON entry `orders --format json` prints for a list entry that could not be read as
/// an order: its id (null when even that was unreadable, then `position` says where it
/// stood) and why, so a script sees that something is missing and what.
public struct UnreadableRecord: Encodable, Sendable, Equatable {
    public var account: String
    public var id: String?
    public var position: Int
    public var unreadable: String

    public init(account: String, _ entry: UnreadableOrder) {
        self.account = account
        id = entry.id
        position = entry.position
        unreadable = entry.reason
    }

    enum CodingKeys: String, CodingKey {
        case account, id, position, unreadable
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(account, forKey: .account)
        try container.encode(id, forKey: .id)
        try container.encode(position, forKey: .position)
        try container.encode(unreadable, forKey: .unreadable)
    }
}
