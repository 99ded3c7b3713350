/// An order parameter: its definition (name, external id, constraints, type), the buyer's or
/// vendor's value, and the error the vendor attached to it, if any.
///
/// Beyond the document: its Order Parameter Object has no `type`, but a parameter's
/// definition on the product does, and a form cannot offer a list or a date without it. The
/// sandbox sends `type` (`SingleLineText`, `DropDown`, `Date`, `Number`, `Checkbox` or
/// `Address`) and, for `DropDown`, `options` as `[{"value", "label"}]`, and checks values
/// against them. An Address value is an object, as the reference shows it, with its
/// `displayValue` beside it.
struct MPTParameter: Encodable, Sendable, Equatable {
    struct Constraints: Encodable, Sendable, Equatable {
        var readonly: Bool
        var hidden: Bool
        var required: Bool

        enum CodingKeys: String, CodingKey { case readonly, hidden, required }
    }

    struct Option: Encodable, Sendable, Equatable {
        var value: String
        var label: String

        enum CodingKeys: String, CodingKey { case value, label }
    }

    static let text = "SingleLineText"
    static let dropDown = "DropDown"
    static let date = "Date"
    static let number = "Number"
    static let checkbox = "Checkbox"

    static let address = "Address"

    var id: String
    var name: String
    var externalId: String
    var value: String
    var type = MPTParameter.text
    var options: [Option]?
    var constraints: Constraints?
    var error: MPTMessage?
    /// Sent as `value` instead of the text when set: the reference's `value` is untyped.
    var structuredValue: MPTStructuredValue?

    enum CodingKeys: String, CodingKey {
        case id, name, externalId, value, displayValue, type, options, constraints, error
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(externalId, forKey: .externalId)
        if let structuredValue {
            try container.encode(structuredValue, forKey: .value)
            try container.encode(structuredValue.displayValue, forKey: .displayValue)
        } else {
            try container.encode(value, forKey: .value)
            try container.encode(value, forKey: .displayValue)
        }
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(options, forKey: .options)
        try container.encodeIfPresent(constraints, forKey: .constraints)
        try container.encodeIfPresent(error, forKey: .error)
    }

    var isMissing: Bool {
        (constraints?.required ?? false) && value.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// What is wrong with `newValue` for this parameter's type, in the vendor's words; nil
    /// when it fits. An empty value is the `required` rule's business, not the type's.
    func problem(with newValue: String) -> String? {
        guard !newValue.isEmpty else { return nil }
        switch type {
        case Self.dropDown:
            let options = options ?? []
            return options.contains { $0.value == newValue } ? nil
                : "\(name) must be one of \(options.map(\.value).joined(separator: ", "))."
        case Self.date:
            return newValue.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil ? "\(name) must be a date (YYYY-MM-DD)." : nil
        case Self.number:
            return Double(newValue) == nil ? "\(name) must be a number." : nil
        case Self.address:
            return "\(name) takes an address object, not text."
        case Self.checkbox:
            return ["true", "false"].contains(newValue) ? nil : "\(name) must be true or false."
        default:
            return nil
        }
    }
}
