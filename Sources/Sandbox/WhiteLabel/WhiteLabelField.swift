/// A custom field or characteristic as the whitelabel API sends it.
///
/// Beyond the document, which names the endpoints but not the field shape: each field has
/// a `Type` (`Text`, `Number`, `Boolean`, `Date` or `List`), and a `List` field carries its
/// allowed values in `Options`, as the platform's checkout-form drop-downs do. A PUT names
/// fields by `Name` and changes only `Value`; the type and options are the tenant's.
struct WhiteLabelField: Codable, Sendable, Equatable {
    static let list = "List"

    var name: String
    var value: String
    var type: String
    /// The values a `List` field allows.
    var options: [String]?
    /// Whether the field is published to the Storefront: Free-edition resellers see only these.
    var published: Bool

    enum CodingKeys: String, CodingKey {
        case name = "Name", value = "Value", type = "Type", options = "Options"
    }

    init(name: String, value: String, type: String, options: [String]? = nil, published: Bool = true) {
        self.name = name
        self.value = value
        self.type = type
        self.options = options
        self.published = published
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decode(String.self, forKey: .value)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "Text"
        options = try container.decodeIfPresent([String].self, forKey: .options)
        published = true
    }

    /// Whether `value` is valid for the field's type, as the real API checks it.
    func accepts(_ newValue: String) -> Bool {
        switch type {
        case "Number": Double(newValue) != nil || newValue.isEmpty
        case "Boolean": newValue == "true" || newValue == "false"
        case "Date": newValue.isEmpty || newValue.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
        case Self.list: newValue.isEmpty || (options ?? []).contains(newValue)
        default: true
        }
    }
}
