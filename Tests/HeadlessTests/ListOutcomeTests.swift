import Foundation
import Headless
import OrderFixtures
import OrderKit
import Testing

/// `orders` prints what it could read, names what it could not, and exits by the table.
@Suite struct ListOutcomeTests {
    private let good = OrderFixtures.order("1", status: "Executed", phase: .completed, hoursAgo: 1)

    private func account(_ name: String, _ result: Result<OrderList, OrderError>) -> AccountOrders {
        AccountOrders(account: name, provider: .whitelabel, result: result)
    }

    @Test func everythingReadIsOk() {
        let outcome = ListOutcome([account("a", .success(OrderList(orders: [good], pages: PagesRead(read: 2, total: 2))))],
                                  strict: true)
        #expect(outcome.status == .ok)
        #expect(outcome.warnings.isEmpty)
        #expect(outcome.completeness == ["a: 2 pages of 2 read, 1 order"])
    }

    @Test func aKnownOrdersListSaysSoInsteadOfCountingPages() {
        let list = OrderList(orders: [good], unreadable: [UnreadableOrder(id: "gone", position: 2, reason: "404")])
        let outcome = ListOutcome([AccountOrders(account: "adility-demo", provider: .adility, result: .success(list),
                                                 listing: .known)], strict: false)
        #expect(outcome.completeness == ["adility-demo: known orders only (placed through ordercon or added with ordercon track; the provider publishes no list), 1 order unreadable, 1 order"])
        #expect(outcome.status == .partial)
    }

    @Test func anUnreadableOrderIsNamedAndTheRestPrinted() throws {
        let list = OrderList(orders: [good], unreadable: [UnreadableOrder(id: "7", position: 2, reason: "Id: absent"),
                                                           UnreadableOrder(id: nil, position: 3, reason: "not an object")])
        let outcome = ListOutcome([account("a", .success(list))], strict: false)
        #expect(outcome.status == .partial)
        #expect(outcome.orders == [good])
        #expect(outcome.warnings == ["a: order 7 unreadable (Id: absent); the rest is shown",
                                     "a: entry 3 unreadable (not an object); the rest is shown"])
        let json = OrderRecord.json([OrderRecord(good)], unreadable: outcome.unreadableRecords)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(entries[1]["id"] as? String == "7")
        #expect(entries[1]["unreadable"] as? String == "Id: absent")
        #expect(entries[2]["id"] is NSNull)
        #expect(entries[2]["position"] as? Int == 3)
    }

    @Test func degradedFieldsCountOnlyWhenStrict() {
        var degraded = good
        degraded.degraded = ["Total": "not a number: \"x\""]
        let list = OrderList(orders: [degraded])
        #expect(ListOutcome([account("a", .success(list))], strict: false).status == .ok)
        let strict = ListOutcome([account("a", .success(list))], strict: true)
        #expect(strict.status == .partial)
        #expect(strict.warnings == ["a: order 1: unreadable Total; ordercon status 1 shows why"])
    }

    @Test func failedSideLookupsCountOnlyWhenStrict() {
        let list = OrderList(orders: [good], lookupFailures: ["customer 1 (name): Not found: customer 1."])
        #expect(ListOutcome([account("a", .success(list))], strict: false).status == .ok)
        let strict = ListOutcome([account("a", .success(list))], strict: true)
        #expect(strict.status == .partial)
        #expect(strict.warnings == ["a: lookup failed, ids shown instead of names: customer 1 (name): Not found: customer 1."])
    }

    @Test func aFailedAccountWinsOverAPartialOneAndNothingReadMeansNoOutput() {
        let partial = OrderList(orders: [good], pages: PagesRead(read: 2, total: 3, skipped: [2]))
        let both = ListOutcome([account("a", .success(partial)),
                                account("b", .failure(.unreachable(account: "b", detail: "refused")))], strict: false)
        #expect(both.status == .unreachable)
        #expect(both.readAnything)
        #expect(both.warnings.contains("a: page 2 of the order list could not be read and was skipped"))
        let none = ListOutcome([account("b", .failure(.authenticationRefused(account: "b", detail: "401")))], strict: false)
        #expect(none.status == .credentials)
        #expect(!none.readAnything)
    }
}
