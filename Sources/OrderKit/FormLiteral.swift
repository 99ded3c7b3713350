/// A free form value as it goes into a request: the portal's request sends counts as JSON
/// numbers (`"quantityBox1": 1`) and everything else as text, so a value typed as a whole
/// number is a number, a value in double quotes the text inside them (`"0042"` stays text),
/// and anything else the text as typed.
public enum FormLiteral: Sendable, Hashable {
    case integer(Int)
    case text(String)

    /// Reads a value as typed in a form or kept in a template.
    public init(typed: String) {
        if let number = Int(typed), String(number) == typed {
            self = .integer(number)
        } else if typed.count >= 2, typed.hasPrefix("\""), typed.hasSuffix("\"") {
            self = .text(String(typed.dropFirst().dropLast()))
        } else {
            self = .text(typed)
        }
    }

    /// How it is typed back: a text that would read as a number, or already starts and ends
    /// with quotes, is quoted so that it stays text.
    public var typed: String {
        switch self {
        case .integer(let number):
            return String(number)
        case .text(let text):
            return FormLiteral(typed: text) == self ? text : "\"\(text)\""
        }
    }
}
