/// An end customer (or the reseller itself) that an order can be placed for.
public struct Customer: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
