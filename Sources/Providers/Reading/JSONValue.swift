import Foundation
import OrderKit
import PayloadText

/// Any JSON value, kept as received: the tree a tolerant reader walks field by field.
///
/// Providers' payload types decode strictly (one field of another type and the whole answer
/// fails); reading a tree lets each field fail on its own. Numbers stay `Decimal`, so an
/// amount is never rounded through `Double`.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses a whole payload; nil when it is not JSON or nests too deep to read safely
    /// (the parser is recursive: a hostile answer must not overflow the stack).
    public static func parse(_ data: Data) -> JSONValue? {
        JSONSyntax.parse(data).flatMap(JSONValue.init(syntax:))
    }

    /// The value of JSON as written; nil when a scalar is not JSON (`tru`, `01`, a bad escape).
    /// A number beyond `Decimal`'s range is kept as its text, so only the field that reads it
    /// fails, not the whole answer.
    init?(syntax: JSONSyntax) {
        switch syntax {
        case .object(let members):
            var fields: [String: JSONValue] = [:]
            fields.reserveCapacity(members.count)
            for member in members {
                guard let key = JSONStringLiteral.text(member.key), let value = JSONValue(syntax: member.value) else { return nil }
                fields[key] = value
            }
            self = .object(fields)
        case .array(let elements):
            var values: [JSONValue] = []
            values.reserveCapacity(elements.count)
            for element in elements {
                guard let value = JSONValue(syntax: element) else { return nil }
                values.append(value)
            }
            self = .array(values)
        case .scalar(let literal):
            switch literal {
            case "null": self = .null
            case "true": self = .bool(true)
            case "false": self = .bool(false)
            default:
                if literal.utf8.first == UInt8(ascii: "\"") {
                    guard let text = JSONStringLiteral.text(literal) else { return nil }
                    self = .string(text)
                } else {
                    guard JSONNumberLiteral.isValid(literal) else { return nil }
                    self = Decimal(string: literal).map(JSONValue.number) ?? .string(literal)
                }
            }
        }
    }

    /// Parses a whole answer, or says in one line why it cannot be read.
    public static func read(_ data: Data, what: String) throws -> JSONValue {
        try refuseDeepNesting(data, what: what)
        guard let value = parse(data) else { throw OrderError.malformedResponse(detail: "\(what): not JSON") }
        return value
    }

    /// Refuses an answer nested deeper than any real one before a recursive reader walks it.
    public static func refuseDeepNesting(_ data: Data, what: String) throws {
        if ReadablePayload.nestsTooDeep(data) {
            throw OrderError.malformedResponse(detail: "\(what): nested too deep to be an answer")
        }
    }

    /// What kind of value this is, for a reason a person reads ("got an object").
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// The value as compact JSON with sorted keys: the raw text of one list element.
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

extension JSONValue: Decodable {
    /// Tries the common kinds first: most values of an order are text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Decimal.self) {
            self = .number(number)
        } else if let object = try? container.decode([String: JSONValue].self) {
            self = .object(object)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }
}

extension JSONValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .array(let values): try container.encode(values)
        case .object(let fields): try container.encode(fields)
        }
    }
}
