/// Checks TOML text for what toml++ (under TOMLKit) crashes on instead of reporting, found
/// by fuzzing: nesting so deep that its recursive parser overflows a 512 KiB thread stack
/// (it stops only at 256 levels), and non-ASCII characters outside quotes, where a debug
/// assertion fires, as it does for a table header that does not start with a key (`[:a]`)
/// and for a bracket closed by a brace (`[ }`).
/// None of these is valid TOML.
enum TOMLPreflight {
    static let maximumDepth = 32

    /// The first problem as its 1-based line and a one-line message, or nil.
    static func problem(in text: String) -> (line: Int, message: String)? {
        var open: [Unicode.Scalar] = []
        var line = 1
        var scalars = Substring(text).unicodeScalars[...]
        var atLineStart = true
        while let scalar = scalars.popFirst() {
            defer { atLineStart = scalar == "\n" || (atLineStart && (scalar == " " || scalar == "\t")) }
            switch scalar {
            case "[" where open.isEmpty && atLineStart && !startsWithKey(scalars):
                return (line, "a table header needs a name: [name] or [[name]]")
            case "\n":
                line += 1
            case "#":
                while let next = scalars.first, next != "\n" { scalars.removeFirst() }
            case "\"", "'":
                line += skipString(opened: scalar, in: &scalars)
            case "[", "{":
                open.append(scalar)
                if open.count > maximumDepth {
                    return (line, "nested deeper than \(maximumDepth) levels of [ ] or { }; no setting needs more than a few")
                }
            case "]", "}":
                guard let opener = open.popLast() else { break }
                if (opener == "[") != (scalar == "]") {
                    return (line, "'\(scalar)' closes a '\(opener)'; close it with '\(opener == "[" ? "]" : "}")'")
                }
            case _ where !scalar.isASCII:
                return (line, "'\(scalar)' outside quotes; TOML keys are ASCII, so put such text in a quoted string")
            default:
                break
            }
        }
        return nil
    }

    /// Whether a table header's text, after its `[` or `[[`, starts with a bare or quoted key.
    private static func startsWithKey(_ header: Substring.UnicodeScalarView.SubSequence) -> Bool {
        let name = (header.first == "[" ? header.dropFirst() : header).drop { $0 == " " || $0 == "\t" }
        guard let first = name.first else { return false }
        return first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first) || "_-\"'".unicodeScalars.contains(first))
    }

    /// Skips past the end of a string whose opening quote was just read; returns the
    /// number of line breaks inside it.
    private static func skipString(opened quote: Unicode.Scalar, in scalars: inout Substring.UnicodeScalarView.SubSequence) -> Int {
        let multiline = scalars.starts(with: [quote, quote])
        if multiline { scalars.removeFirst(2) }
        var lines = 0
        while let next = scalars.first {
            if multiline, scalars.starts(with: [quote, quote, quote]) {
                scalars.removeFirst(3)
                return lines
            }
            if !multiline, next == quote || next == "\n" {
                if next == quote { scalars.removeFirst() }
                return lines
            }
            scalars.removeFirst()
            if next == "\n" { lines += 1 }
            if next == "\\", quote == "\"", !scalars.isEmpty { scalars.removeFirst() }
        }
        return lines
    }
}
