import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
@testable import TerminalUI
import Testing

/// Cells counted as the terminal draws them: wide names keep every border in its column.
@MainActor
@Suite struct DisplayWidthTests {
    @Test func widthsAreGlibcsInAUTF8Locale() {
        #expect(DisplayWidth.of("Acme") == 4)
        #expect(DisplayWidth.of("株式会社") == 8)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("◐✓✗▸▏…↻●─│") == 10)
        // A ZWJ sequence and a flag are drawn as their first scalar.
        #expect(DisplayWidth.of("👩‍💻") == 2)
        #expect(DisplayWidth.drawn("👩‍💻") == "👩")
        #expect(DisplayWidth.of("🇩🇪") == 1)
    }

    @Test func fittingCountsCellsAndNeverSplitsAWideCharacter() {
        #expect(TextFit.cut("株式会社テスト", 7) == "株式会…")
        #expect(TextFit.cut("株式会社テスト", 8) == "株式会 …")
        #expect(DisplayWidth.of(TextFit.pad("北京数据", 12)) == 12)
        #expect(DisplayWidth.of(TextFit.spread("株式会社", "↻ 1s ago", 20)) == 20)
    }

    @Test func aWideCharacterTakesTwoCellsOfTheGrid() {
        let screen = GridScreen(rows: 1, columns: 6)
        screen.put(row: 0, column: 0, "日本x", style: .plain)
        #expect(screen.text == "日本x")
        screen.put(row: 0, column: 1, "ab", style: .plain)
        #expect(screen.text == " ab x", "overwriting half of 日 or 本 blanks its other half")
        screen.put(row: 0, column: 5, "語", style: .plain)
        #expect(screen.text == " ab x", "a wide character with one cell left is not drawn")
    }

    /// Chinese, Japanese and emoji customer names: the golden screens, and every pane's right
    /// border in the last column of each row.
    @Test func wideCustomerNamesKeepThePanesBorders() {
        let names = ["株式会社テスト", "北京数据有限公司", "Café 😀 Team", "🇩🇪 Berlin GmbH", "👩‍💻 Dev Shop"]
        var state = ScreenFixture.loaded()
        var book = OrderFixtures.book
        for index in book.indices { book[index].customerName = names[index % names.count] }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: book)), at: OrderFixtures.now))
        ScreenFixture.check(state, "wide-names")
        for (columns, rows) in ScreenFixture.sizes {
            let lines = ScreenFixture.render(state, columns: columns, rows: rows).text.split(separator: "\n")
            for line in lines where line.hasPrefix("│") || line.hasPrefix("┌") {
                #expect(DisplayWidth.of(String(line)) == columns, "\(columns)×\(rows): \(line)")
                #expect(line.last == "│" || line.last == "┐", "\(columns)×\(rows): \(line)")
            }
        }
    }
}
