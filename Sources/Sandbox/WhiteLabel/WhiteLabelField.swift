/// A custom field or characteristic as the whitelabel API sends it.
struct WhiteLabelField: Codable, Sendable, Equatable {
    var name: String
    var value: String
    /// `Text`, `Number`, `Boolean` or `Date`.
    var type: String
    /// Whether the field is published to the Storefront: Free-edition resellers see only these.
    var published: Bool

    enum CodingKeys: String, CodingKey {
        case name = "Name", value = "Value", type = "Type"
    }

    init(name: String, value: String, type: String, published: Bool = true) {
        self.name = name
        self.value = value
        self.type = type
        self.published = published
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = try container.decode(String.self, forKey: .value)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "Text"
        published = true
    }

    /// Whether `value` is valid for the field's type, as the real API checks it.
    func accepts(_ newValue: String) -> Bool {
        switch type {
        case "Number": Double(newValue) != nil || newValue.isEmpty
        case "Boolean": newValue == "true" || newValue == "false"
        case "Date": newValue.isEmpty || newValue.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
        default: true
        }
    }
}
