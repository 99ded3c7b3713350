import Foundation

/// Re-indents JSON text as `JSONSerialization` pretty-prints it — two spaces per level,
/// `"key" : value`, keys sorted — but keeps every string and number exactly as the
/// provider sent it and builds no Foundation objects.
///
/// Why: the detail view formats the payload each time it draws, and a round trip through
/// `JSONSerialization` builds a Foundation object for every value.
enum PrettyJSON {
    /// The pretty text, or nil when `data` is not a JSON object or array, or nests deeper
    /// than `ReadablePayload.maximumDepth` (parsing and writing recurse once per level, and a
    /// hostile payload would overflow the stack; found by fuzzing).
    static func format(_ data: Data) -> String? {
        var parser = Parser(bytes: [UInt8](data))
        parser.skipSpace()
        guard let first = parser.peek, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return nil }
        guard let value = parser.value() else { return nil }
        parser.skipSpace()
        guard parser.peek == nil else { return nil }
        var text = ""
        write(value, indent: "", into: &text)
        return text
    }

    private indirect enum Value {
        /// Members keep their keys as written, quotes included.
        case object([(key: String, value: Value)])
        case array([Value])
        /// A string (with its quotes), number, true, false or null, as written.
        case scalar(String)
    }

    private static func write(_ value: Value, indent: String, into text: inout String) {
        let inner = indent + "  "
        switch value {
        case .scalar(let scalar):
            text += scalar
        case .array(let elements) where elements.isEmpty:
            text += "[]"
        case .object(let members) where members.isEmpty:
            text += "{}"
        case .array(let elements):
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += inner
                write(element, indent: inner, into: &text)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .object(let members):
            text += "{\n"
            let sorted = members.sorted { ($0.key.lowercased(), $0.key) < ($1.key.lowercased(), $1.key) }
            for (index, member) in sorted.enumerated() {
                text += inner + member.key + " : "
                write(member.value, indent: inner, into: &text)
                text += index == sorted.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var depth = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func value() -> Value? {
            skipSpace()
            switch peek {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                defer { depth -= 1 }
                guard depth <= ReadablePayload.maximumDepth else { return nil }
                return peek == UInt8(ascii: "{") ? members().map(Value.object) : elements().map(Value.array)
            case UInt8(ascii: "\""):
                return string().map(Value.scalar)
            case .some:
                let start = index
                while let byte = peek, !",]} \n\r\t:".utf8.contains(byte) { index += 1 }
                guard index > start else { return nil }
                return .scalar(String(decoding: bytes[start..<index], as: UTF8.self))
            case nil:
                return nil
            }
        }

        private mutating func members() -> [(key: String, value: Value)]? {
            index += 1
            var members: [(key: String, value: Value)] = []
            skipSpace()
            if peek == UInt8(ascii: "}") {
                index += 1
                return members
            }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let value = value() else { return nil }
                members.append((key, value))
                guard let end = separator(closing: "}") else { return nil }
                if end { return members }
            }
        }

        private mutating func elements() -> [Value]? {
            index += 1
            var elements: [Value] = []
            skipSpace()
            if peek == UInt8(ascii: "]") {
                index += 1
                return elements
            }
            while true {
                guard let element = value() else { return nil }
                elements.append(element)
                guard let end = separator(closing: "]") else { return nil }
                if end { return elements }
            }
        }

        /// After a member or element: true at the closing bracket, false after a comma, nil otherwise.
        private mutating func separator(closing: Unicode.Scalar) -> Bool? {
            skipSpace()
            switch peek {
            case UInt8(ascii: ","):
                index += 1
                return false
            case UInt8(ascii: closing):
                index += 1
                return true
            default:
                return nil
            }
        }

        private mutating func string() -> String? {
            guard peek == UInt8(ascii: "\"") else { return nil }
            let start = index
            index += 1
            while let byte = peek {
                index += byte == UInt8(ascii: "\\") ? 2 : 1
                if byte == UInt8(ascii: "\"") { return String(decoding: bytes[start..<index], as: UTF8.self) }
            }
            return nil
        }
    }
}
