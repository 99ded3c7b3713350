/// A line typed at the bottom of the screen: the `:` command line or the `/` filter.
public struct InputLine: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case command
        case filter(PaneID)
    }

    public var purpose: Purpose
    /// What is typed, with its cursor.
    public var editor: EditableText

    /// What is typed; set, it puts the cursor at its end (a completion, a filter reopened).
    public var text: String {
        get { editor.text }
        set { editor = EditableText(newValue) }
    }

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        editor = EditableText(text)
    }

    public var prompt: String {
        switch purpose {
        case .command: ":"
        case .filter: "/"
        }
    }
}
