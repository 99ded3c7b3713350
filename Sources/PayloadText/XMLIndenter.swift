/// Indents an XML body for the detail view, one element per line, leaf elements kept on
/// one line (`<id>7</id>`). It only reads the text and never parses: FoundationXML's
/// `XMLDocument` hands back broken documents for malformed bodies (an unknown declared
/// encoding, extra content after the root) and crashes when they are read.
enum XMLIndenter {
    /// The indented text, or nil when a tag, comment or CDATA section is not closed.
    static func indent(_ text: String) -> String? {
        var lines: [String] = []
        var depth = 0
        /// The last line is an opening tag with nothing nested in it yet.
        var leafOpen = false
        var rest = Substring(text)
        while !rest.isEmpty {
            guard rest.first == "<" else {
                let end = rest.firstIndex(of: "<") ?? rest.endIndex
                let content = trimmed(rest[..<end])
                rest = rest[end...]
                guard !content.isEmpty else { continue }
                if leafOpen, rest.hasPrefix("</") {
                    lines[lines.count - 1] += content
                } else {
                    lines.append(indentation(depth) + content)
                    leafOpen = false
                }
                continue
            }
            let terminator = rest.hasPrefix("<!--") ? "-->" : rest.hasPrefix("<![CDATA[") ? "]]>" : ">"
            guard let close = rest.firstRange(of: terminator) else { return nil }
            let token = String(rest[..<close.upperBound])
            rest = rest[close.upperBound...]
            if token.hasPrefix("</") {
                depth = max(0, depth - 1)
                if leafOpen { lines[lines.count - 1] += token } else { lines.append(indentation(depth) + token) }
                leafOpen = false
            } else {
                lines.append(indentation(depth) + token)
                leafOpen = !(token.hasPrefix("<?") || token.hasPrefix("<!") || token.hasSuffix("/>"))
                if leafOpen { depth += 1 }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func indentation(_ depth: Int) -> String {
        String(repeating: "  ", count: min(depth, 40))
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
