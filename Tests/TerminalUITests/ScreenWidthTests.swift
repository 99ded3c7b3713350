import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing
@testable import TerminalUI

/// The screens use the width there is: dialogs as wide as the screen allows up to 100
/// columns, columns as wide as what they show, and a terminal too small still says so in
/// words that fit.
@MainActor
@Suite struct ScreenWidthTests {
    private static func lines(_ state: ConsoleState, columns: Int, rows: Int) -> [String] {
        ScreenFixture.render(state, columns: columns, rows: rows).text
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The cell a text starts at in a line.
    private static func cell(of text: String, in line: String) -> Int? {
        line.range(of: text).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
    }

    // MARK: Dialogs

    /// One state for each kind of dialog, by its title.
    private static var dialogs: [(title: String, state: ConsoleState)] {
        let loaded = ScreenFixture.loaded()
        var picker = ScreenFixture.pressing(ScreenFixture.withCart(), .char("a"))
        _ = ConsoleReducer.reduce(&picker, .offersLoaded(account: "wl-demo", .success(OrderFixtures.offers)))
        var fields = loaded
        fields.account.capabilities.customFields = true
        fields = ScreenFixture.pressing(fields, .char("e"))
        _ = ConsoleReducer.reduce(&fields, .formLoaded(account: "wl-demo", .orderFields(orderID: "1038"),
                                                       .success([CustomField(name: "PO Number", value: "PO-77")]), quantityKey: nil))
        var quantity = loaded
        quantity.dialog.modal = .quantity(QuantityPrompt(offer: OrderFixtures.offers[0]))
        var adility = ConsoleState(account: AccountSummary(name: "adility-demo", provider: .adility,
                                                           capabilities: Capabilities(customerList: false), isSandbox: true),
                                   now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&adility, .ordersLoaded(account: "adility-demo", .success(OrderList(orders: [])), at: OrderFixtures.now))
        return [("Keys", ScreenFixture.pressing(loaded, .char("?"))),
                ("Order 1038", ScreenFixture.pressing(loaded, .enter)),
                ("Event log", ScreenFixture.pressing(loaded, .char(":"), .char("l"), .char("o"), .char("g"), .enter)),
                ("Delete", ScreenFixture.pressing(ScreenFixture.withCart(), .char("d"))),
                ("Add item", picker),
                ("Quantity", quantity),
                ("New cart", ScreenFixture.pressing(adility, .char("n"))),
                ("Fields of order 1038", fields)]
    }

    /// Every dialog is `min(columns − 4, 100)` wide: 76 on 80 columns, 100 on 120 and more.
    @Test func everyDialogIsAsWideAsTheScreenLeavesUpTo100() {
        for (title, state) in Self.dialogs {
            for columns in [80, 100, 120, 160] {
                // The dialog's top edge: its lines hold no wide character, so a character is a cell.
                let lines = Self.lines(state, columns: columns, rows: 40)
                guard let top = lines.first(where: { $0.contains("┌─ \(title)") }),
                      let left = Self.cell(of: "┌─ \(title)", in: top),
                      let right = Array(top)[left...].firstIndex(of: "┐") else {
                    Issue.record("no dialog titled \(title) at \(columns) columns")
                    continue
                }
                #expect(right - left + 1 == min(columns - 4, 100), "\(title) at \(columns) columns: \(top)")
            }
        }
    }

    // MARK: Columns

    /// Status customers as wide as the widest name in view: whole on 120 columns (they were
    /// cut at 15 cells beside empty ones), cut to the room there is on 80.
    @Test func statusCustomersUseTheFreeWidth() {
        var state = ScreenFixture.loaded()
        let orders = [("2001", "Contoso Retail Europe GmbH", "Submitted", Phase.processing),
                      ("2002", "Northwind Traders International", "Executed", .completed),
                      ("2003", "株式会社サンプル商事", "Executed", .completed),
                      ("2004", "Beta Logistics", "Failed", .failed)].enumerated().map { index, order in
            OrderFixtures.order(order.0, customer: order.1, status: order.2, phase: order.3, hoursAgo: Double(index + 1))
        }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: orders)), at: OrderFixtures.now))
        ScreenFixture.check(state, "long-customers")
        let wide = Self.lines(state, columns: 120, rows: 40).joined(separator: "\n")
        #expect(wide.contains("Northwind Traders International ✓ Executed"))
        // 20 cells of a 31-cell column, then the space before the status.
        #expect(wide.contains("株式会社サンプル商事" + String(repeating: " ", count: 12) + "✓ Executed"))
    }

    /// The customer column is measured on the rows in view, not on every order listed: a long
    /// name further down widens it only once it scrolls into view.
    @Test func customerColumnMeasuresTheRowsInView() {
        var state = ScreenFixture.loaded()
        let orders = (0..<60).map { (index: Int) -> Order in
            let customer = index == 50 ? "Northwind Traders International" : "Acme GmbH"
            return OrderFixtures.order(String(3000 + index), customer: customer, status: "Submitted", phase: .processing,
                                       hoursAgo: Double(index + 1))
        }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: orders)), at: OrderFixtures.now))
        let statusCell = { (state: ConsoleState) -> Int? in
            let line = Self.lines(state, columns: 120, rows: 40).first { $0.contains("▸ 30") }
            return line.flatMap { Self.cell(of: "◐ Submitted", in: $0) }
        }
        let top = statusCell(state)
        state.lists.focus = .status
        state.lists.selection[.status] = "3050"
        let scrolled = statusCell(state)
        #expect(top == 1 + 2 + 4 + 1 + 3 + 1 + DisplayWidth.of("Acme GmbH") + 1)
        #expect(scrolled.map { $0 - (top ?? 0) } == DisplayWidth.of("Northwind Traders International") - DisplayWidth.of("Acme GmbH"))
    }

    /// `:all` names its columns over them, each name where its values start.
    @Test func allAccountsColumnsHaveHeaders() {
        var state = ScreenFixture.loaded()
        for key in [Key.char(":"), .char("a"), .char("l"), .char("l"), .enter] { _ = ConsoleReducer.reduce(&state, .key(key)) }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now))
        for (columns, rows) in ScreenFixture.sizes {
            let lines = Self.lines(state, columns: columns, rows: rows)
            guard let header = lines.first(where: { $0.contains("Customer") }),
                  let row = lines.first(where: { $0.contains("1036") }) else {
                Issue.record("no header or row at \(columns)×\(rows)")
                continue
            }
            for (name, value) in [("Account", "wl-demo"), ("Provider", "whitelabel"), ("Order", "1036"),
                                  ("Customer", "Beta Logistics"), ("Status", "! Reseller Pending Approval")] {
                #expect(Self.cell(of: name, in: header) == Self.cell(of: value, in: row), "\(name) at \(columns)×\(rows)")
            }
        }
    }

    /// `:log` lines up time, account, method, status, duration (right-aligned) and path
    /// under their names, each column as wide as its widest value.
    @Test func eventLogColumnsAreAligned() {
        var state = ScreenFixture.loaded()
        let calls = [("wl-demo", "GET", "/api/orders", 200 as Int?, 0.012), ("adobe-production", "DELETE", "/v3/orders/1", nil, 30.0),
                     ("wl-demo", "POST", "/api/orders/1044/checkout", 409, 1.5)]
        for (index, call) in calls.enumerated() {
            _ = ConsoleReducer.reduce(&state, .apiCall(RequestRecord(time: OrderFixtures.now.addingTimeInterval(Double(index)),
                                                                     account: call.0, method: call.1, path: call.2,
                                                                     status: call.3, duration: call.4)))
        }
        var degraded = OrderFixtures.book
        degraded[2].degraded = ["Total": "\"n/a\" is not an amount"]
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: degraded)), at: OrderFixtures.now))
        state = ScreenFixture.pressing(state, .char(":"), .char("l"), .char("o"), .char("g"), .enter)
        ScreenFixture.check(state, "event-log-columns")
        let lines = Self.lines(state, columns: 120, rows: 40)
        guard let header = lines.first(where: { $0.contains("duration") }) else {
            Issue.record("no header")
            return
        }
        let rows = calls.compactMap { call in lines.first { $0.contains(call.2 + " ") } }
        #expect(rows.count == 3)
        for row in rows {
            #expect(Self.cell(of: "/", in: row) == Self.cell(of: "path", in: header), "\(row)")
            #expect(Self.cell(of: " ms", in: row).map { $0 + 3 } == Self.cell(of: "duration", in: header).map { $0 + 8 }, "\(row)")
        }
    }

    // MARK: The terminal too small

    @Test func tooSmallTerminalSaysWhatItNeedsInWordsThatFit() {
        for (columns, rows) in [(40, 10), (41, 10), (47, 12), (59, 14), (79, 23), (80, 23), (79, 24)] {
            let lines = Self.lines(ScreenFixture.loaded(), columns: columns, rows: rows)
            let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
            for part in ["Terminal too small: ordercon needs 80×24, this is \(columns)×\(rows).",
                         "Enlarge the window, or press q to quit."] {
                #expect(words.contains(part), "\(columns)×\(rows): \(lines.prefix(5))")
            }
            #expect(!words.contains("…"), "\(columns)×\(rows): nothing is cut")
        }
    }

    /// Below 40×10 the shortest wording that fits, and below that what fits, never a crash.
    @Test func smallerTerminalsGetShorterWordsWithoutACrash() {
        let shorter = Self.lines(ScreenFixture.loaded(), columns: 20, rows: 4).joined(separator: " ")
        #expect(shorter.contains("Too small: needs 80×24, this is 20×4. Enlarge it, or press q to quit."))
        let shortest = Self.lines(ScreenFixture.loaded(), columns: 20, rows: 3).joined(separator: " ")
        #expect(shortest.contains("Needs 80×24, is 20×3. Enlarge; q quits."))
        for (columns, rows) in [(39, 9), (30, 6), (12, 3), (5, 2), (1, 1), (0, 0)] {
            let notice = TooSmallNotice.lines(columns: columns, rows: rows)
            #expect(notice.count <= rows)
            #expect(notice.allSatisfy { DisplayWidth.of($0.text) <= columns })
            _ = ScreenFixture.render(ScreenFixture.loaded(), columns: columns, rows: rows)
        }
    }
}
