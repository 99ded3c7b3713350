/// Refuses XML nested deeper than any provider body needs, before XMLCoder sees it:
/// XMLCoder turns elements into boxes recursively and overflows a 512 KiB thread stack
/// long before libxml2's own limit (found by fuzzing).
enum XMLNestingLimit {
    static let maximumDepth = 64

    /// Whether elements nest deeper than `maximumDepth`. It counts tags without parsing,
    /// so a `<` inside a comment or CDATA section may count too: it errs towards refusing.
    static func isExceeded(in bytes: some Collection<UInt8>) -> Bool {
        var depth = 0
        var previous: UInt8 = 0
        var afterOpen = false
        for byte in bytes {
            if afterOpen {
                afterOpen = false
                switch byte {
                case UInt8(ascii: "/"): depth -= 1
                case UInt8(ascii: "?"), UInt8(ascii: "!"): break
                default:
                    depth += 1
                    if depth > maximumDepth { return true }
                }
            } else if byte == UInt8(ascii: "<") {
                afterOpen = true
            } else if byte == UInt8(ascii: ">"), previous == UInt8(ascii: "/") {
                depth -= 1
            }
            previous = byte
        }
        return false
    }
}
