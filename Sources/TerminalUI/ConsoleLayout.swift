import ConsoleModel

/// Where everything goes for a screen size: header, four panes in two rows, status bar.
struct ConsoleLayout {
    static let minimumRows = 24
    static let minimumColumns = 80

    let rows: Int
    let columns: Int

    var fits: Bool { rows >= Self.minimumRows && columns >= Self.minimumColumns }

    func frame(of pane: PaneID) -> PaneFrame {
        let body = rows - 2
        let topHeight = body / 2
        let leftWidth = columns / 2
        switch pane {
        case .cart: return PaneFrame(row: 1, column: 0, height: topHeight, width: leftWidth)
        case .drafts: return PaneFrame(row: 1, column: leftWidth, height: topHeight, width: columns - leftWidth)
        case .status: return PaneFrame(row: 1 + topHeight, column: 0, height: body - topHeight, width: leftWidth)
        case .items:
            return PaneFrame(row: 1 + topHeight, column: leftWidth, height: body - topHeight, width: columns - leftWidth)
        }
    }

    /// List rows the smallest pane shows, for PgUp/PgDn.
    var rowsPerPane: Int {
        PaneID.allCases.map { frame(of: $0).innerHeight }.min() ?? 1
    }
}
