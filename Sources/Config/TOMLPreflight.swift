/// Checks TOML text for what toml++ (under TOMLKit) crashes on instead of reporting, found
/// by fuzzing: nesting so deep that its recursive parser overflows a 512 KiB thread stack
/// (it stops only at 256 levels), and non-ASCII characters outside quotes, where a debug
/// assertion fires. Neither appears in a valid config or theme: TOML keys are ASCII.
enum TOMLPreflight {
    static let maximumDepth = 32

    /// The first problem as its 1-based line and a one-line message, or nil.
    static func problem(in text: String) -> (line: Int, message: String)? {
        var depth = 0
        var line = 1
        var scalars = Substring(text).unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\n":
                line += 1
            case "#":
                while let next = scalars.first, next != "\n" { scalars.removeFirst() }
            case "\"", "'":
                line += skipString(opened: scalar, in: &scalars)
            case "[", "{":
                depth += 1
                if depth > maximumDepth {
                    return (line, "nested deeper than \(maximumDepth) levels of [ ] or { }; no setting needs more than a few")
                }
            case "]", "}":
                depth = max(0, depth - 1)
            case _ where !scalar.isASCII:
                return (line, "'\(scalar)' outside quotes; TOML keys are ASCII, so put such text in a quoted string")
            default:
                break
            }
        }
        return nil
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
