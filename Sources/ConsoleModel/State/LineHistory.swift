/// Lines entered at the `:` command line and each pane's `/` filter, newest last, so ↑ brings
/// back an earlier one as in a shell: `/` opens empty and the filter in force is one ↑ away.
public struct LineHistory: Sendable, Equatable {
    /// How many lines each purpose keeps.
    static let kept = 50
    private var lines: [InputLine.Purpose: [String]] = [:]

    public init() {}

    public func entries(for purpose: InputLine.Purpose) -> [String] {
        lines[purpose] ?? []
    }

    /// Remembers an entered line; an empty one or a repeat of the last is not kept twice.
    mutating func add(_ text: String, for purpose: InputLine.Purpose) {
        guard !text.isEmpty, entries(for: purpose).last != text else { return }
        lines[purpose, default: []].append(text)
        if let count = lines[purpose]?.count, count > Self.kept { lines[purpose]?.removeFirst(count - Self.kept) }
    }
}
