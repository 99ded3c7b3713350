/// Any JSON value, read back from an answer the sandbox encoded, so that fields a `select`
/// takes away (`-authorization`) can be dropped from objects of every shape alike.
enum MPTJSON: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case list([MPTJSON])
    case object([String: MPTJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let whole = try? container.decode(Int.self) {
            self = .integer(whole)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let list = try? container.decode([MPTJSON].self) {
            self = .list(list)
        } else {
            self = .object(try container.decode([String: MPTJSON].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .integer(let whole): try container.encode(whole)
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .list(let list): try container.encode(list)
        case .object(let fields): try container.encode(fields)
        }
    }

    /// The object without `fields` (top-level keys); anything else as it is.
    func removing(_ fields: Set<String>) -> MPTJSON {
        guard case .object(let object) = self else { return self }
        return .object(object.filter { !fields.contains($0.key) })
    }
}
