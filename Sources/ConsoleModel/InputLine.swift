/// A line typed at the bottom of the screen: the `:` command line or the `/` filter.
public struct InputLine: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case command
        case filter(PaneID)
    }

    public var purpose: Purpose
    public var text: String = ""

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    public var prompt: String {
        switch purpose {
        case .command: ":"
        case .filter: "/"
        }
    }
}
