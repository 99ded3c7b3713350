/// A parameter value that is not text: an object (Address, Contact, DataObject) or a list of
/// the chosen options (Checkbox), as the reference's untyped `value` allows.
enum MPTStructuredValue: Codable, Sendable, Equatable {
    case object([String: String])
    case list([String])

    /// The Marketplace's `displayValue` of it: the object's values in key order, the list's
    /// options, joined by commas.
    var displayValue: String {
        switch self {
        case .object(let fields): fields.sorted { $0.key < $1.key }.map(\.value).joined(separator: ", ")
        case .list(let options): options.joined(separator: ", ")
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let fields = try? container.decode([String: String].self) {
            self = .object(fields)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .object(let fields): try container.encode(fields)
        case .list(let options): try container.encode(options)
        }
    }
}
