import Config
import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import TerminalUI
import Testing

/// States worth a golden screen, and the shipped default theme to draw them with.
@MainActor
enum ScreenFixture {
    static let sizes = [(80, 24), (120, 40)]

    nonisolated static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

    static var theme: Theme {
        let catalog = ThemeCatalog(files: ThemeFiles(userDirectory: nil))
        return catalog.load("default").theme
    }

    static var mono: Theme {
        let catalog = ThemeCatalog(files: ThemeFiles(userDirectory: nil))
        return catalog.load("mono").theme
    }

    static func render(_ state: ConsoleState, columns: Int, rows: Int, theme: Theme? = nil) -> GridScreen {
        let screen = GridScreen(rows: rows, columns: columns)
        var sized = state
        sized.timeZone = .gmt
        _ = ConsoleReducer.reduce(&sized, .viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: rows, columns: columns)))
        FrameRenderer(theme: theme ?? self.theme).render(sized, on: screen)
        return screen
    }

    static func loaded(readOnlyReason: String? = nil) -> ConsoleState {
        var capabilities = Capabilities(serverSideDrafts: true, deleteItem: true, draftLifetimeDays: 7)
        capabilities.readOnlyReason = readOnlyReason
        var state = ConsoleState(account: AccountSummary(name: "wl-demo", provider: .whitelabel,
                                                         capabilities: capabilities, isSandbox: true),
                                 now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now.addingTimeInterval(-3)))
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1038", .success([
            OrderFixtures.item("5090", "Microsoft 365 Business Premium", quantity: 40, price: Decimal(string: "20.60"),
                               status: "Submitted", phase: .processing),
        ])))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo", .success([])))
        return state
    }

    static func withCart() -> ConsoleState {
        var state = loaded()
        for key in [Key.backTab, .enter] { _ = ConsoleReducer.reduce(&state, .key(key)) }
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1044",
                                                       .success(OrderFixtures.book[0].items)))
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(10)))
        return state
    }

    /// Compares the view at every size in the default theme, and in mono with its attributes.
    static func check(_ state: ConsoleState, _ name: String) {
        for (columns, rows) in sizes {
            Snapshot.check(render(state, columns: columns, rows: rows).text, named: "\(name)-\(columns)x\(rows)")
            let monochrome = render(state, columns: columns, rows: rows, theme: mono)
            Snapshot.check(monochrome.text + "\n--- attributes: r reverse, b bold, u underline, d dim ---\n" + monochrome.attributeText,
                           named: "mono/\(name)-\(columns)x\(rows)")
        }
    }

    static func pressing(_ state: ConsoleState, _ keys: Key...) -> ConsoleState {
        var state = state
        for key in keys { _ = ConsoleReducer.reduce(&state, .key(key)) }
        return state
    }
}
