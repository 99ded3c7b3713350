/// An order parameter: its definition (name, external id, constraints, type), the buyer's or
/// vendor's value, and the error the vendor attached to it, if any.
///
/// Beyond the document: its Order Parameter Object has no `type`, but a parameter's
/// definition on the product does, and a form cannot offer a list or a date without it. The
/// sandbox sends `type` (`SingleLineText`, `DropDown`, `Date`, `Number`, `Checkbox` or
/// `Address`) and, for `DropDown` and a `Checkbox` of several options, `options` as the
/// catalog's options object shows them (`{"optionsList": [{"label", "value"}]}`), and checks
/// values against them. An Address value is an object, as the reference shows it, with its
/// `displayValue` beside it; a Checkbox of options takes the list of the ticked ones' values.
/// A Checkbox without options is one flag, `true` or `false`.
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
    /// An Address value's properties, in the reference's order; all of them are mandatory.
    static let addressProperties = ["addressLine1", "addressLine2", "postCode", "city", "state", "country"]

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

    private enum OptionsKeys: String, CodingKey { case optionsList }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(externalId, forKey: .externalId)
        if let structuredValue {
            try container.encode(structuredValue, forKey: .value)
            try container.encode(shown(structuredValue), forKey: .displayValue)
        } else {
            try container.encode(value, forKey: .value)
            try container.encode(value, forKey: .displayValue)
        }
        try container.encode(type, forKey: .type)
        if let options {
            var object = container.nestedContainer(keyedBy: OptionsKeys.self, forKey: .options)
            try object.encode(options, forKey: .optionsList)
        }
        try container.encodeIfPresent(constraints, forKey: .constraints)
        try container.encodeIfPresent(error, forKey: .error)
    }

    /// The `displayValue` of a structured value: a Checkbox's ticked options by their labels,
    /// an Address's properties in the reference's order.
    private func shown(_ structured: MPTStructuredValue) -> String {
        if type == Self.address, case .object(let fields) = structured {
            return Self.addressProperties.compactMap { fields[$0] }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
        guard case .list(let ticked) = structured, let options else { return structured.displayValue }
        return ticked.map { value in options.first { $0.value == value }?.label ?? value }.joined(separator: ", ")
    }

    var isMissing: Bool {
        guard constraints?.required ?? false else { return false }
        if case .list(let ticked)? = structuredValue { return ticked.isEmpty }
        return structuredValue == nil && value.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// What is wrong with a list value: only a Checkbox takes one, and of its own options.
    func problem(with list: [String]) -> String? {
        guard type == Self.checkbox else { return "\(name) does not take a list." }
        guard let options, let unknown = list.first(where: { value in !options.contains { $0.value == value } }) else {
            return nil
        }
        return "\(name) has no option '\(unknown)'; its options are \(options.map(\.value).joined(separator: ", "))."
    }

    /// What is wrong with an object value: only an Address takes one, with every one of its
    /// properties filled and no other.
    func problem(with object: [String: String]) -> String? {
        guard type == Self.address else { return "\(name) does not take that value." }
        if let unknown = object.keys.sorted().first(where: { !Self.addressProperties.contains($0) }) {
            return "\(name) has no property '\(unknown)'; an address has \(Self.addressProperties.joined(separator: ", "))."
        }
        let missing = Self.addressProperties.filter { (object[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        return missing.isEmpty ? nil : "\(name) is missing \(missing.joined(separator: ", ")); every address property is required."
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
        case Self.checkbox where options != nil:
            return "\(name) takes a list of its options' values, not text."
        case Self.checkbox:
            return ["true", "false"].contains(newValue) ? nil : "\(name) must be true or false."
        default:
            return nil
        }
    }
}
