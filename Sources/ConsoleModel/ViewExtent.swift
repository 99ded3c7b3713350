/// How far the open scrolling view (help, an order's details, the log) can scroll, as the
/// last frame measured it: down to `bottom`, and right by `right` columns where rows scroll
/// sideways (a raw payload). Both depend on the screen's size, which only the renderer knows,
/// so the loop hands them to the reducer (`Action.dialogMeasured`).
public struct ViewExtent: Sendable, Equatable {
    public var bottom: Int
    public var right: Int

    public init(bottom: Int, right: Int = 0) {
        self.bottom = max(0, bottom)
        self.right = max(0, right)
    }
}
