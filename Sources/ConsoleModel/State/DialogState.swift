/// The modal and forms: the one dialog in front, which takes every key, and what outlives a
/// dialog — what was typed into a form left with Esc, the lines entered at `:` and `/`, and
/// how far the open scrolling view can scroll, as the last frame measured it.
public struct DialogState: Sendable, Equatable {
    /// The open dialog, form or view, with what is typed into it.
    public var modal: Modal?
    /// What was typed into forms left with Esc, until the same form opens again.
    public var kept = KeptForms()
    /// Lines entered at `:` and `/`, for ↑ there.
    public var typedLines = LineHistory()
    /// How far the open scrolling view can scroll (`Action.dialogMeasured`); nil until a
    /// frame has shown it.
    public var extent: ViewExtent?

    public init() {}
}
