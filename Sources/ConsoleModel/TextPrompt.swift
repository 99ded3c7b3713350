/// Asks for a line of free text (the customer name for providers without a customer list).
public struct TextPrompt: Sendable, Equatable {
    public static let maximumLength = 120

    public var title: String
    public var question: String
    public var text: String = ""
    public var error: String?

    public init(title: String, question: String) {
        self.title = title
        self.question = question
    }
}
