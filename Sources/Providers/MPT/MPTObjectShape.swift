import OrderKit

/// The properties of an object-valued parameter the console edits one by one: an Address or a
/// Contact, as the reference's parameter types name their value fields. Each becomes a field
/// keyed by its wire path (`PRM-….city`, `PRM-….phone.number`), and the edited fields are put
/// back together into the object a PUT sends, never flattened into text. A DataObject has no
/// fixed properties, so it has no shape and stays read-only.
struct MPTObjectShape: Sendable, Hashable {
    struct Property: Sendable, Hashable {
        /// Where the property sits in the value (`["phone", "number"]`).
        var path: [String]
        var label: String
        /// The reference's own validation: every Address property is mandatory; a Contact's
        /// names and email are, its phone is optional unless the vendor says otherwise.
        var required: Bool
    }

    var type: String
    var properties: [Property]

    /// The Address parameter type's value fields.
    static let address = MPTObjectShape(type: "Address", properties: [
        Property(path: ["addressLine1"], label: "Address Line 1", required: true),
        Property(path: ["addressLine2"], label: "Address Line 2", required: true),
        Property(path: ["postCode"], label: "Post Code", required: true),
        Property(path: ["city"], label: "City", required: true),
        Property(path: ["state"], label: "State", required: true),
        Property(path: ["country"], label: "Country", required: true),
    ])

    /// The Contact parameter type's value fields.
    static let contact = MPTObjectShape(type: "Contact", properties: [
        Property(path: ["firstName"], label: "First Name", required: true),
        Property(path: ["lastName"], label: "Last Name", required: true),
        Property(path: ["email"], label: "Email", required: true),
        Property(path: ["phone", "prefix"], label: "Phone Prefix", required: false),
        Property(path: ["phone", "number"], label: "Phone Number", required: false),
    ])

    /// The shape of a parameter type; nil for any type without fixed properties.
    static func of(type: String?) -> MPTObjectShape? {
        switch type?.lowercased() {
        case "address": address
        case "contact": contact
        default: nil
        }
    }

    /// A property's field key: the parameter id and the property's path, as the wire nests it.
    static func key(parameterID: String, _ property: Property) -> String {
        ([parameterID] + property.path).joined(separator: ".")
    }

    /// The text of each property in a received value (an absent or non-text one is empty).
    func texts(in value: JSONValue?) -> [String] {
        properties.map { property in
            var node = value
            for step in property.path {
                guard case .object(let object)? = node else { return "" }
                node = object[step]
            }
            return switch node {
            case .string(let text)?: text
            case .number(let number)?: "\(number)"
            default: ""
            }
        }
    }

    /// The object a PUT sends for `parameter` from the edited fields; nil when every property
    /// is empty (nothing to send). A partly filled value missing a property the reference
    /// makes mandatory is refused in one line naming the empty fields, before anything is sent.
    func value(of parameter: String, from fields: [CustomField]) throws -> JSONValue? {
        let own = properties.map { property in
            let key = Self.key(parameterID: parameter, property)
            let field = fields.first { $0.key == key }
            return (property, field?.name ?? key, field?.value.trimmingCharacters(in: .whitespaces) ?? "")
        }
        guard own.contains(where: { !$0.2.isEmpty }) else { return nil }
        let missing = own.filter { $0.0.required && $0.2.isEmpty }.map(\.1)
        guard missing.isEmpty else {
            throw OrderError.rejected(detail: "\(missing.joined(separator: ", ")) must be filled in (the Marketplace requires "
                + properties.filter(\.required).map(\.label).joined(separator: ", ") + " of every \(type)); "
                + "fill them in and save again")
        }
        var object: [String: JSONValue] = [:]
        for (property, _, text) in own where !text.isEmpty {
            Self.set(text, at: property.path[...], in: &object)
        }
        return .object(object)
    }

    private static func set(_ text: String, at path: ArraySlice<String>, in object: inout [String: JSONValue]) {
        guard let first = path.first else { return }
        guard path.count > 1 else {
            object[first] = .string(text)
            return
        }
        var nested: [String: JSONValue] = if case .object(let existing)? = object[first] { existing } else { [:] }
        set(text, at: path.dropFirst(), in: &nested)
        object[first] = .object(nested)
    }
}
