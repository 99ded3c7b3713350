import Foundation
import OrderKit
@testable import Providers
import Testing

/// The example payloads of seed 003 (in `Seeds/adility`, made valid by removing only the
/// document's placeholders), read with the client's own wire types.
@Suite struct AdilitySeedDecodingTests {
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Seeds/adility")

    private func seed(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(name))
    }

    /// The document prints the Order resource bare (JSON) or as its `<order>` element (XML):
    /// every attribute empty, which the client reads as an order of unknown phase.
    @Test func orderDataExampleReadsAsUnknownPhase() throws {
        let decoder = JSONDecoder()
        decoder.userInfo[AdilityFormat.userInfoKey] = AdilityFormat.json
        let fromJSON = try decoder.decode(AdilityOrderPayload.self, from: try seed("order-data.json"))
        let fromXML = try AdilityCodec.decode(AdilityOrderPayload.self, root: "order", from: try seed("order-data.xml"),
                                              as: .xml, what: "seed")
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        for payload in [fromJSON, fromXML] {
            #expect(payload.status == "")
            #expect(payload.orderNumber == "")
            #expect(payload.customerName == "")
            #expect(payload.purchasedAt == "")
            let order = AdilityMapping.order(payload, account: "seed", raw: nil, now: now)
            #expect(order.phase == .unknown)
            #expect(order.createdAt == nil, "an empty purchase date is unknown, not now")
        }
        #expect(fromJSON.items?.elements.isEmpty == true)
        #expect(fromXML.items?.elements.count == 1)
        #expect(fromXML.items?.elements.first?.offerID == nil)
    }

    @Test func placeOrderRequestExamplesReadAsTheClientsPlacement() throws {
        let fromJSON = try AdilityCodec.decode(AdilityPlacementPayload.self, root: "order",
                                               from: try seed("place-order-request.json"), as: .json, what: "seed")
        let fromXML = try AdilityCodec.decode(AdilityPlacementPayload.self, root: "order",
                                              from: try seed("place-order-request.xml"), as: .xml, what: "seed")
        #expect(fromJSON.orderNumber == "<order number>")
        #expect(fromXML.orderNumber == "myuniqueordernumber000")
        for placement in [fromJSON, fromXML] {
            #expect(placement.customerName == "John Smith")
            #expect(placement.items.elements.map(\.quantity) == [2])
        }
        #expect(fromJSON.items.elements.map(\.offerID) == ["<id string>"])
        #expect(fromXML.items.elements.map(\.offerID) == ["[valid offer id]"])
    }

    /// What the client writes reads back as the seed's shape: the same wrapper, names and nesting.
    @Test func clientPlacementRoundTripsInBothFormats() throws {
        let placement = AdilityPlacementPayload(orderNumber: "n-1", customerName: "John Smith",
                                                items: AdilityList([.init(offerID: "a", quantity: 2),
                                                                    .init(offerID: "b", quantity: 1)]))
        for format in AdilityFormat.allCases {
            let data = try AdilityCodec.encode(placement, root: "order", as: format)
            let back = try AdilityCodec.decode(AdilityPlacementPayload.self, root: "order", from: data, as: format,
                                               what: "round trip")
            #expect(back.orderNumber == "n-1")
            #expect(back.items.elements.map(\.offerID) == ["a", "b"])
        }
        let xml = String(decoding: try AdilityCodec.encode(placement, root: "order", as: .xml), as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("<order><order_number>n-1</order_number><customer_name>John Smith</customer_name><items><item><offer_id>a</offer_id><quantity>2</quantity></item><item>"))
    }

    @Test func cancelRequestExamplesReadAsCancelled() throws {
        for (name, format) in [("cancel-order-request.json", AdilityFormat.json), ("cancel-order-request.xml", .xml)] {
            let update = try AdilityCodec.decode(AdilityStatusPayload.self, root: "order", from: try seed(name),
                                                 as: format, what: name)
            #expect(update.status == AdilityStatusPayload.cancelled.status)
            #expect(AdilityMapping.phase(status: update.status) == .cancelled)
        }
    }

    @Test func statusesMapToPhasesAndUnknownStaysVisible() {
        #expect(AdilityMapping.phase(status: "active") == .completed)
        #expect(AdilityMapping.phase(status: "cancelled") == .cancelled)
        #expect(AdilityMapping.phase(status: "pending_review") == .unknown)
        #expect(AdilityMapping.phase(status: "") == .unknown)
    }

    @Test func malformedAnswersBecomeOneLineErrors() {
        #expect(throws: OrderError.malformedResponse(detail: "order: not XML")) {
            try AdilityCodec.decode(AdilityOrderPayload.self, root: "order", from: Data("<order><id>".utf8), as: .xml,
                                    what: "order")
        }
        #expect(throws: OrderError.malformedResponse(detail: "order: missing field order.status")) {
            try AdilityCodec.decode(AdilityOrderPayload.self, root: "order",
                                    from: Data(#"{"order": {"id": "1", "order_number": "n"}}"#.utf8), as: .json,
                                    what: "order")
        }
    }
}
