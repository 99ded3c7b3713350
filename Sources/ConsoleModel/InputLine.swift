/// A line typed at the bottom of the screen: the `:` command line or the `/` filter.
public struct InputLine: Sendable, Equatable {
    public enum Purpose: Sendable, Hashable {
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

    /// Lines entered here before, oldest first, that ↑ and ↓ step through.
    public var earlier: [String]
    /// Which of `earlier` is shown, counted back from the newest; nil while typing anew.
    public private(set) var recalled: Int?

    public init(purpose: Purpose, text: String = "", earlier: [String] = []) {
        self.purpose = purpose
        editor = EditableText(text)
        self.earlier = earlier
    }

    /// ↑ (`back`) shows the line entered before the one shown, ↓ a newer one and, past the
    /// newest, an empty line again.
    public mutating func recall(back: Bool) {
        let next = back ? (recalled ?? -1) + 1 : (recalled ?? 0) - 1
        guard next < earlier.count else { return }
        recalled = next < 0 ? nil : next
        text = recalled.map { earlier[earlier.count - 1 - $0] } ?? ""
    }

    public var prompt: String {
        switch purpose {
        case .command: ":"
        case .filter: "/"
        }
    }
}
