/// One line of help: a heading, or keys with what they do and, when the account can never do
/// it, why not.
public struct HelpLine: Sendable, Equatable {
    public var keys: String
    public var text: String
    /// Why the account can never run it (help shows it dimmed); nil when it can.
    public var unavailable: String?
    public var isHeading: Bool

    public static func heading(_ text: String) -> HelpLine {
        HelpLine(keys: "", text: text, unavailable: nil, isHeading: true)
    }

    public init(keys: String, text: String, unavailable: String? = nil, isHeading: Bool = false) {
        self.keys = keys
        self.text = text
        self.unavailable = unavailable
        self.isHeading = isHeading
    }
}
