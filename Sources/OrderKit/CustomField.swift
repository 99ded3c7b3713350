/// A named extra value on an order (custom field) or item (characteristic).
///
/// The value is kept as the provider's text so that nothing is lost in a round trip;
/// `kind` says how to edit it.
public struct CustomField: Sendable, Codable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Codable, Hashable {
        case text
        case number
        case boolean
        case date
    }

    public var id: String { name }
    public var name: String
    public var value: String
    public var kind: Kind

    public init(name: String, value: String, kind: Kind = .text) {
        self.name = name
        self.value = value
        self.kind = kind
    }
}
