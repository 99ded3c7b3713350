import Foundation
@testable import Providers
import Testing

/// The field readers every provider's decoding is built on: each variation real services
/// send is read, and what cannot be read degrades that field alone.
@Suite struct TolerantObjectTests {
    private func object(_ json: String, _ matching: KeyMatching = .exact) throws -> TolerantObject {
        let value = try #require(JSONValue.parse(Data(json.utf8)))
        return try #require(TolerantObject(value, matching: matching))
    }

    @Test func numbersArriveAsTextAndIdsAsNumbers() throws {
        var order = try object(#"{"id": 1038, "quantity": "3", "total": "12.50", "price": 7.25, "big": 12345678901234}"#)
        #expect(order.id("id") == "1038")
        #expect(order.int("quantity") == 3)
        #expect(order.decimal("total") == Decimal(string: "12.50"))
        #expect(order.decimal("price") == Decimal(string: "7.25"))
        #expect(order.id("big") == "12345678901234")
        #expect(order.degraded.isEmpty)
    }

    @Test func absentAndNullAreUnknownWithoutComplaint() throws {
        var order = try object(#"{"id": "A", "status": null}"#)
        #expect(order.string("status") == nil)
        #expect(order.date("created") == nil)
        #expect(order.degraded.isEmpty)
    }

    @Test func aFieldOfAnotherKindDegradesThatFieldOnly() throws {
        var order = try object(#"{"id": "A", "total": {"amount": 3}, "quantity": "three", "created": "yesterday", "flag": "maybe"}"#)
        #expect(order.id("id") == "A")
        #expect(order.decimal("total") == nil)
        #expect(order.int("quantity") == nil)
        #expect(order.date("created") == nil)
        #expect(order.bool("flag") == nil)
        #expect(order.degraded["total"] == "expected a number, got an object")
        #expect(order.degraded["quantity"] == "not a number: \"three\"")
        #expect(order.degraded["created"] == "not a date: \"yesterday\"")
        #expect(order.degraded.count == 4)
    }

    @Test func aFractionIsNotAWholeNumber() throws {
        var line = try object(#"{"quantity": 1.5, "huge": "99999999999999999999999"}"#)
        #expect(line.int("quantity") == nil)
        #expect(line.int("huge") == nil)
        #expect(line.degraded["quantity"] == "not a whole number: 1.5")
        #expect(line.degraded["huge"] != nil)
    }

    @Test func keysMatchInAnyCaseOnlyWhenAsked() throws {
        var loose = try object(#"{"orderID": "7", "STATUS": "Draft"}"#, .anyCase)
        #expect(loose.id("OrderId") == "7")
        #expect(loose.string("status") == "Draft")
        var strict = try object(#"{"orderID": "7"}"#)
        #expect(strict.id("OrderId") == nil)
    }

    @Test func nestedFieldsAreNamedByPath() throws {
        var order = try object(#"{"price": {"amount": "x", "currency": "EUR"}, "lines": [{"q": 1}, 5, {"q": "two"}]}"#)
        let currency = order.nested("price") { price in price.decimal("amount") == nil ? price.string("currency") : nil }
        #expect(currency == "EUR")
        let quantities = order.each("lines") { line in line.int("q") }
        #expect(quantities == [1])
        #expect(order.degraded["price.amount"] != nil)
        #expect(order.degraded["lines[1]"] == "expected an object, got a number")
        #expect(order.degraded["lines[2].q"] != nil)
    }

    @Test func decimalsAreNotRoundedThroughDouble() throws {
        var order = try object(#"{"total": 1234567.89, "text": "0.1"}"#)
        #expect(order.decimal("total") == Decimal(string: "1234567.89"))
        #expect(order.decimal("text") == Decimal(string: "0.1"))
    }
}
