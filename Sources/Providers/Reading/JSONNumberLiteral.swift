/// JSON's number grammar, checked before `Decimal(string:)`, which reads a valid prefix
/// and ignores the rest (`12abc` would be 12).
enum JSONNumberLiteral {
    /// Whether `literal` is `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isValid(_ literal: String) -> Bool {
        var bytes = literal.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else {
            guard skipDigits(&bytes) else { return false }
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard skipDigits(&bytes) else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard skipDigits(&bytes) else { return false }
        }
        return bytes.isEmpty
    }

    /// Drops leading digits; false when there were none.
    private static func skipDigits(_ bytes: inout Substring.UTF8View) -> Bool {
        let before = bytes.count
        bytes = bytes.drop { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return bytes.count < before
    }
}
