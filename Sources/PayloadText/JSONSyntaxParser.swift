/// The recursive-descent reader behind `JSONSyntax.parse`: strict about structure (brackets,
/// commas, colons, quoted keys) and lenient inside scalars, which `JSONSyntax`'s users check
/// for themselves.
struct JSONSyntaxParser {
    let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    mutating func value() -> JSONSyntax? {
        skipSpace()
        switch peek {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth <= ReadablePayload.maximumDepth else { return nil }
            return peek == UInt8(ascii: "{") ? members().map(JSONSyntax.object) : elements().map(JSONSyntax.array)
        case UInt8(ascii: "\""):
            return string().map(JSONSyntax.scalar)
        case .some:
            let start = index
            while let byte = peek, !Self.scalarEnds(byte) { index += 1 }
            guard index > start else { return nil }
            return .scalar(String(decoding: bytes[start..<index], as: UTF8.self))
        case nil:
            return nil
        }
    }

    private static func scalarEnds(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"),
             0x20, 0x0A, 0x0D, 0x09: true
        default: false
        }
    }

    private mutating func members() -> [(key: String, value: JSONSyntax)]? {
        index += 1
        var members: [(key: String, value: JSONSyntax)] = []
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

    private mutating func elements() -> [JSONSyntax]? {
        index += 1
        var elements: [JSONSyntax] = []
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

    /// A quoted string with its quotes, escapes left as written.
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
