import Foundation
import OrderKit
@testable import Providers
import Testing

/// A list answer is read element by element: one order that cannot be read never hides
/// the others.
@Suite struct ListElementsTests {
    private func read(_ object: inout TolerantObject) throws(UnreadableEntry) -> Order {
        guard let id = object.id("id") else { throw UnreadableEntry(reason: "id: absent") }
        guard let status = object.string("status") else { throw UnreadableEntry(id: id, reason: "status: absent") }
        return Order(id: id, provider: .mpt, account: "a", customerID: nil, customerName: nil, status: status,
                     phase: .unknown, createdAt: object.date("created"), updatedAt: Date(), degraded: object.degraded)
    }

    @Test func oneMalformedOrderAmongAHundredIsNamedAndTheRestAreRead() throws {
        var elements = (1...100).map { #"{"id": "O-\#($0)", "status": "Completed", "created": "2026-11-01T10:00:00Z"}"# }
        elements[41] = #"{"id": "O-42", "status": {"broken": true}}"#
        elements[76] = "17"
        let body = Data(#"{"data": [\#(elements.joined(separator: ","))]}"#.utf8)
        let (list, envelope) = try ListElements.elements(of: body, keys: ["data"], what: "order list")
        #expect(envelope != nil)
        let (orders, unreadable) = ListElements.orders(list, firstPosition: 101, matching: .exact, read: read)
        #expect(orders.count == 98)
        #expect(unreadable.map(\.position) == [142, 177])
        #expect(unreadable[0].id == "O-42")
        #expect(unreadable[0].reason == "status: absent")
        #expect(unreadable[1].id == nil)
        #expect(unreadable[1].label == "entry 177")
        #expect(unreadable[1].raw == "17")
    }

    @Test func aBareArrayIsAListAndAnythingElseIsNot() throws {
        #expect(try ListElements.elements(of: Data("[]".utf8), keys: ["data"], what: "x").list.isEmpty)
        #expect(try ListElements.elements(of: Data(#"{"data": null}"#.utf8), keys: ["data"], what: "x").list.isEmpty)
        #expect(throws: OrderError.malformedResponse(detail: "order list: not JSON")) {
            try ListElements.elements(of: Data("<html>".utf8), keys: ["data"], what: "order list")
        }
        #expect(throws: OrderError.malformedResponse(detail: "order list: no data list in the answer")) {
            try ListElements.elements(of: Data(#"{"items": []}"#.utf8), keys: ["data"], what: "order list")
        }
        #expect(throws: OrderError.malformedResponse(detail: "order list: data is not a list")) {
            try ListElements.elements(of: Data(#"{"data": 3}"#.utf8), keys: ["data"], what: "order list")
        }
    }
}
