/// Checks an XML body for what FoundationXML's parser (under XMLCoder) crashes on instead
/// of reporting, found by fuzzing: invalid UTF-8 in a tag name (`<\u{FF}s>` traps),
/// a processing instruction with no data (`<?pi?>` dereferences null), and nesting so deep
/// that XMLCoder's recursive box tree overflows a 512 KiB thread stack. Provider bodies
/// have none of these.
enum XMLPreflight {
    static let maximumDepth = 64

    /// Why the body is refused, or nil. It counts tags without parsing, so a `<` inside a
    /// comment or CDATA section may count too: it errs towards refusing.
    static func problem(in bytes: some Collection<UInt8>) -> String? {
        guard String(validating: bytes, as: UTF8.self) != nil else { return "not valid UTF-8" }
        var depth = 0
        var previous: UInt8 = 0
        var afterOpen = false
        var instructions = 0
        for byte in bytes {
            if afterOpen {
                afterOpen = false
                switch byte {
                case UInt8(ascii: "/"): depth -= 1
                case UInt8(ascii: "!"): break
                case UInt8(ascii: "?"): instructions += 1
                default:
                    depth += 1
                    if depth > maximumDepth { return "nested deeper than \(maximumDepth) elements" }
                }
            } else if byte == UInt8(ascii: "<") {
                afterOpen = true
            } else if byte == UInt8(ascii: ">"), previous == UInt8(ascii: "/") {
                depth -= 1
            }
            previous = byte
        }
        guard instructions <= 1, instructions == 0 || hasDeclaration(bytes) else {
            return "a processing instruction other than the XML declaration"
        }
        return nil
    }

    /// Whether the body starts with an XML declaration that names its version.
    private static func hasDeclaration(_ bytes: some Collection<UInt8>) -> Bool {
        let start = String(decoding: bytes.prefix(100), as: UTF8.self)
        guard start.hasPrefix("<?xml "), let end = start.firstRange(of: "?>") else { return false }
        return start[..<end.lowerBound].contains("version")
    }
}
