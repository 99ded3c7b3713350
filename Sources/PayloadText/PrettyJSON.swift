import Foundation

/// Re-indents JSON text as `JSONSerialization` pretty-prints it — two spaces per level,
/// `"key" : value`, keys sorted — but keeps every string and number exactly as the
/// provider sent it and builds no Foundation objects.
///
/// Why: the detail view formats the payload each time it draws, and a round trip through
/// `JSONSerialization` builds a Foundation object for every value.
enum PrettyJSON {
    /// The pretty text, or nil when `data` is not a JSON object or array, or nests deeper
    /// than `ReadablePayload.maximumDepth` (parsing and writing recurse once per level, and a
    /// hostile payload would overflow the stack; found by fuzzing).
    static func format(_ data: Data) -> String? {
        guard let value = JSONSyntax.parse(data), value.isContainer else { return nil }
        var text = ""
        write(value, indent: "", into: &text)
        return text
    }

    private static func write(_ value: JSONSyntax, indent: String, into text: inout String) {
        let inner = indent + "  "
        switch value {
        case .scalar(let scalar):
            text += scalar
        case .array(let elements) where elements.isEmpty:
            text += "[]"
        case .object(let members) where members.isEmpty:
            text += "{}"
        case .array(let elements):
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += inner
                write(element, indent: inner, into: &text)
                text += index == elements.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .object(let members):
            text += "{\n"
            let sorted = members.sorted { ($0.key.lowercased(), $0.key) < ($1.key.lowercased(), $1.key) }
            for (index, member) in sorted.enumerated() {
                text += inner + member.key + " : "
                write(member.value, indent: inner, into: &text)
                text += index == sorted.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }
}
