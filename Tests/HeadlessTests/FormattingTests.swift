import Foundation
import Headless
import OrderFixtures
import OrderKit
import Testing

@Suite struct FormattingTests {
    @Test func durationsReadAsPeopleTypeThem() {
        #expect(DurationText.parse("90s") == 90)
        #expect(DurationText.parse("24h") == 86_400)
        #expect(DurationText.parse("1h30m") == 5400)
        #expect(DurationText.parse("7d") == 604_800)
        for bad in ["", "h", "24", "2x", "-1h", "0m"] { #expect(DurationText.parse(bad) == nil, "\(bad)") }
    }

    @Test func jsonOrderObjectHasExactlyTheContractKeys() throws {
        let json = OrderRecord.json([OrderRecord(OrderFixtures.book[0])])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let object = try #require(objects.first)
        #expect(Set(object.keys) == ["account", "provider", "id", "phase", "status", "created_at", "updated_at", "total", "items",
                                     "degraded"])
        #expect((object["degraded"] as? [String: String])?.isEmpty == true)
        #expect(object["phase"] as? String == "draft")
        #expect(object["created_at"] as? String == "2026-11-23T09:00:00Z")
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["currency"] as? String == "EUR")
        #expect((total["amount"] as? NSNumber)?.doubleValue == 230)
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["id", "offer", "name", "quantity", "phase", "status"])
        let noTotal = OrderRecord.json(OrderRecord(OrderFixtures.order("1", status: "x", phase: .unknown, hoursAgo: 1)))
        #expect(noTotal.contains("\"total\":null"))
    }

    /// A status code comes with its meaning where people read it (the text table, the
    /// detail) and beside it in the JSON (`status_meaning`); `status` and the CSV keep the
    /// provider's code for scripts to compare. A status word has no meaning key.
    @Test func aStatusCodeIsPrintedWithItsMeaning() throws {
        var order = OrderFixtures.order("5000000009", status: "1002", phase: .processing, hoursAgo: 1)
        order.statusMeaning = "pending"
        order.items = [OrderItem(id: "1", offerID: "o", name: "Acrobat", quantity: 2, unitPrice: nil, status: "1002",
                                 statusMeaning: "pending", phase: .processing)]
        #expect(OrderTable.text([order]).contains("processing  1002 pending  "))
        #expect(OrderTable.detail(order).contains("  status   1002 pending [processing]"))
        #expect(OrderTable.detail(order).contains("Acrobat ×2  1002 pending [processing]"))
        #expect(OrderTable.csv([order]).contains(",processing,1002,"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(OrderRecord.json(OrderRecord(order)).utf8))
            as? [String: Any])
        #expect(object["status"] as? String == "1002" && object["status_meaning"] as? String == "pending")
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        #expect(item["status"] as? String == "1002" && item["status_meaning"] as? String == "pending")
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let order = OrderFixtures.order("1,2", customer: "A", status: "Said \"no\"", phase: .failed, hoursAgo: 1, total: 10)
        let csv = OrderTable.csv([order])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "account,provider,id,phase,status,created_at,updated_at,total_amount,total_currency")
        #expect(lines[1] == "wl-demo,whitelabel,\"1,2\",failed,\"Said \"\"no\"\"\",2026-11-23T09:00:00Z,2026-11-23T10:00:00Z,10,EUR")
    }

    @Test func moneyIsPrintedWithItsCurrencysDecimals() {
        var yen = OrderFixtures.order("J1", status: "active", phase: .completed, hoursAgo: 1)
        yen.total = Money(minorUnits: 1500, currency: "JPY")
        var dinar = OrderFixtures.order("K1", status: "active", phase: .completed, hoursAgo: 2)
        dinar.total = Money(minorUnits: 12_250, currency: "KWD")
        let table = OrderTable.text([yen, dinar])
        #expect(table.contains("  1500 JPY\n") && table.contains("  12.250 KWD\n"), "\(table)")
        #expect(OrderTable.detail(yen).contains("  total    1500 JPY\n"))
        #expect(OrderTable.csv([dinar]).contains(",12.25,KWD\r\n"))
    }

    @Test func textTableAlignsColumns() {
        let text = OrderTable.text(Array(OrderFixtures.book.prefix(2)))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ACCOUNT  PROVIDER    ID    PHASE  STATUS"))
        #expect(lines[1].contains("1044  draft  Draft"))
    }

    @Test func filterKeepsPhasesAndAgeNewestFirst() {
        let orders = OrderQuery.filter(OrderFixtures.book, phases: [.failed, .processing],
                                       since: OrderFixtures.now.addingTimeInterval(-5 * 3600))
        #expect(orders.map(\.id) == ["1038"])
        #expect(OrderQuery.filter(OrderFixtures.book, phases: [], since: nil).count == OrderFixtures.book.count)
    }
}

@Suite struct DurationLimitTests {
    @Test func durationsBeyondAYearAreRefused() {
        #expect(DurationText.parse("366d") != nil)
        #expect(DurationText.parse("367d") == nil)
        #expect(DurationText.parse("99999999999999999999d") == nil)
    }
}
