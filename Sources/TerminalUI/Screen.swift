/// Where a frame is drawn: the real terminal (`NcursesScreen`) or an in-memory grid
/// (`GridScreen`) that tests compare as text.
@MainActor
public protocol Screen: AnyObject {
    var rows: Int { get }
    var columns: Int { get }
    /// Blanks the whole screen before a frame.
    func clear()
    /// Writes text from (row, column); what falls off the right edge is cut.
    func put(row: Int, column: Int, _ text: String, style: CellStyle)
    /// Shows what was drawn since `clear`.
    func present()
}
