/// Moving through the lists: the keys that change only what is focused, selected or sorted.
/// Selection is kept by id, so a move or a sort never loses the order the user was on.
extension ListsState {
    /// Applies a navigation command (focus, move, page, top, bottom, sort); `page` is how
    /// many rows PgUp and PgDn move.
    public mutating func navigate(_ command: Command, page: Int) {
        switch command {
        case .nextPane, .previousPane:
            let panes = PaneID.allCases
            let index = panes.firstIndex(of: focus) ?? 0
            let step = command == .nextPane ? 1 : panes.count - 1
            focus = panes[(index + step) % panes.count]
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -page)
        case .pageDown: move(by: page)
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .sortNext, .sortReverse: stepSort(reversing: command == .sortReverse)
        default: break
        }
    }

    private mutating func move(by delta: Int) {
        guard let index = selectedIndex(focus) else { return }
        let target = min(max(0, index.addingReportingOverflow(delta).partialValue), rowCount(focus) - 1)
        selection[focus] = rowID(focus, at: target)
    }

    /// `s` steps the focused list's sort field, `S` reverses it. The selected order stays
    /// selected wherever the new sort puts it, also when it was selected only by default.
    private mutating func stepSort(reversing: Bool) {
        selection[focus] = selectedID(focus)
        var sort = sorts[focus] ?? PaneSort()
        if reversing {
            sort.descending.toggle()
        } else {
            let fields = PaneSort.Field.allCases
            sort.field = fields[((fields.firstIndex(of: sort.field) ?? 0) + 1) % fields.count]
        }
        sorts[focus] = sort
    }
}
