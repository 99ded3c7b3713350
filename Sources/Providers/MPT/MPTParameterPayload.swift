/// An order parameter with its constraints and the error the vendor attached to it. `type`
/// and `options` come from the parameter's definition on the product (the Order Parameter
/// Object of the document omits them); without them a parameter is free text.
///
/// `value` is untyped in the reference: text, an object (Address, Contact, DataObject) or a
/// list (Checkbox), so it is kept as JSON; `displayValue` is the Marketplace's own text of it.
struct MPTParameterPayload: Decodable {
    struct Constraints: Decodable {
        var readonly: Bool?
        var hidden: Bool?
        var required: Bool?

        enum CodingKeys: String, CodingKey { case readonly, hidden, required }
    }

    struct Option: Decodable {
        var value: String
        var label: String?

        enum CodingKeys: String, CodingKey { case value, label }
    }

    /// A parameter definition's `options`: the reference's options object (DropDown, Choice,
    /// Checkbox) holds the choices in `optionsList`; a bare list of them is read too. Any
    /// other shape is no choices, never an unreadable order.
    struct Options: Decodable {
        var list: [Option]

        private enum CodingKeys: String, CodingKey { case optionsList }

        init(from decoder: any Decoder) throws {
            if let list = try? decoder.singleValueContainer().decode([Option].self) {
                self.list = list
            } else {
                list = (try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([Option].self, forKey: .optionsList))
                    .flatMap { $0 } ?? []
            }
        }
    }

    var id: String
    var name: String?
    var externalId: String?
    var value: JSONValue?
    var displayValue: String?
    var type: String?
    var options: Options?
    var constraints: Constraints?
    var error: MPTMessagePayload?

    enum CodingKeys: String, CodingKey {
        case id, name, externalId, value, displayValue, type, options, constraints, error
    }
}
