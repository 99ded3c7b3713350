import Config

/// Where a frame is drawn: the real terminal (`NcursesScreen`) or an in-memory grid
/// (`GridScreen`) that tests compare as text. The console loop takes any of them, so the
/// console, its tests and the benchmark run the same loop.
@MainActor
public protocol Screen: AnyObject {
    var rows: Int { get }
    var columns: Int { get }
    /// False where styles keep only their attributes (no colour, or colour turned off).
    var hasColors: Bool { get }
    /// Blanks the whole screen before a frame.
    func clear()
    /// Writes text from (row, column); what falls off the right edge is cut.
    func put(row: Int, column: Int, _ text: String, style: CellStyle)
    /// Shows what was drawn since `clear`.
    func present()
    /// Takes the size the screen has now, after a resize was reported; the next frame is
    /// drawn whole.
    func updateSize()
    /// Puts text on the user's clipboard.
    func copyToClipboard(_ text: String)
}
