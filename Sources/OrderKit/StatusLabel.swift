/// A provider's status as people read it: where the provider sends a code, the code with its
/// meaning (`1002 pending`, `1030 unknown code`), so the code stays quotable to its support
/// and the meaning readable; where it sends a word, the word alone.
///
/// The meaning comes from the provider's mapping when the order is read (`Order.statusMeaning`),
/// never from this text, which nothing parses.
public enum StatusLabel {
    public static func text(_ status: String, meaning: String?) -> String {
        guard let meaning, !status.isEmpty else { return status }
        return "\(status) \(meaning)"
    }
}
