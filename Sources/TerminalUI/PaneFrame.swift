/// A rectangle of the screen.
struct PaneFrame: Equatable {
    var row: Int
    var column: Int
    var height: Int
    var width: Int

    /// Rows inside the border.
    var innerHeight: Int { max(0, height - 2) }
    var innerWidth: Int { max(0, width - 2) }
}
