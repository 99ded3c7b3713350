/// The text of a JSON string literal as written (quotes and escapes included), for
/// `JSONValue`'s reading of `JSONSyntax`.
enum JSONStringLiteral {
    /// The unescaped text; nil when the literal is not a quoted string or an escape is not
    /// JSON's. A lone surrogate (`\uD800` unpaired) becomes U+FFFD, as a tolerant reader
    /// keeps the rest of the text.
    static func text(_ literal: String) -> String? {
        let bytes = literal.utf8
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "\""), bytes.last == UInt8(ascii: "\"") else { return nil }
        let body = bytes.dropFirst().dropLast()
        guard body.contains(UInt8(ascii: "\\")) else { return String(decoding: body, as: UTF8.self) }
        return unescaped(Array(body))
    }

    private static func unescaped(_ body: [UInt8]) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = 0
        while index < body.count {
            let byte = body[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < body.count else { return nil }
            let escape = body[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = codeUnit(body, at: index) else { return nil }
                index += 4
                var scalar = Unicode.Scalar(unit)
                if (0xD800...0xDBFF).contains(unit), index + 6 <= body.count, body[index] == UInt8(ascii: "\\"),
                   body[index + 1] == UInt8(ascii: "u"), let low = codeUnit(body, at: index + 2), (0xDC00...0xDFFF).contains(low) {
                    index += 6
                    scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                }
                output.append(contentsOf: String(Character(scalar ?? "\u{FFFD}")).utf8)
            default:
                return nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The four hex digits at `index`, or nil.
    private static func codeUnit(_ body: [UInt8], at index: Int) -> UInt16? {
        guard index + 4 <= body.count else { return nil }
        return UInt16(String(decoding: body[index..<index + 4], as: UTF8.self), radix: 16)
    }
}
