/// A named value the provider keeps on an order or item and the buyer may have to fill in:
/// whitelabel custom fields and characteristics, MPT ordering parameters.
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

    public var id: String { key }
    /// What the provider identifies the field by on the wire (a name, or an id such as
    /// MPT's `PRM-…`).
    public var key: String
    public var name: String
    public var value: String
    public var kind: Kind
    /// The provider refuses to go on while a required value is empty.
    public var required: Bool
    public var readOnly: Bool
    /// What the provider says is wrong with the value, shown next to it.
    public var error: String?

    public init(name: String, value: String, kind: Kind = .text, key: String? = nil, required: Bool = false,
                readOnly: Bool = false, error: String? = nil) {
        self.key = key ?? name
        self.name = name
        self.value = value
        self.kind = kind
        self.required = required
        self.readOnly = readOnly
        self.error = error
    }
}
