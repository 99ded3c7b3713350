/// One line of a pane: plain text, with an optional coloured part (a status, an expiry)
/// drawn over it at `accent.column`.
struct PaneRow: Equatable {
    struct Accent: Equatable {
        var column: Int
        var text: String
        var role: ThemeRole
    }

    var text: String
    var accent: Accent?
}
