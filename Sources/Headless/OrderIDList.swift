/// Order ids read from a file or standard input, for `ordercon status -`.
///
/// Why: an on-call sweep over thousands of ids outgrows a command line (the shell's argument
/// limit, and the argument parser's cost per value), and ids usually come from another
/// tool's output, one per line.
public enum OrderIDList {
    public enum Problem: Error, Equatable {
        case empty
    }

    /// The ids in `text`: separated by whitespace or commas; `#` starts a comment to the end of
    /// its line. Repeats are kept, so each id still gets its own answer in order.
    public static func parse(_ text: String) throws(Problem) -> [String] {
        let ids = text.split(whereSeparator: \.isNewline).flatMap { line in
            line.prefix { $0 != "#" }.split { $0.isWhitespace || $0 == "," }.map(String.init)
        }
        guard !ids.isEmpty else { throw .empty }
        return ids
    }
}
