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

    /// The document prints the Order resource bare (JSON) or as its `<order>` element (XML)
    /// with every attribute empty: without an id it is not an order anyone can follow, so
    /// it is refused in one line; given an id, the rest reads as an order of unknown phase
    /// whose date stays unknown (never "now").
    @Test func orderDataExampleNeedsAnIdAndOtherwiseReadsAsUnknownPhase() throws {
        let bareJSON = try seed("order-data.json")
        let json = Data(#"{"order": "#.utf8) + bareJSON + Data("}".utf8)
        let xml = try seed("order-data.xml")
        #expect(throws: OrderError.malformedResponse(detail: "seed: id: empty")) {
            try AdilityReader.order(from: json, as: .json, what: "seed")
        }
        #expect(throws: OrderError.malformedResponse(detail: "seed: id: absent")) {
            try AdilityReader.order(from: xml, as: .xml, what: "seed")
        }
        let withID = String(decoding: xml, as: UTF8.self).replacingOccurrences(of: "<id></id>", with: "<id>9</id>")
        let payload = try AdilityReader.order(from: Data(withID.utf8), as: .xml, what: "seed")
        let order = AdilityMapping.order(payload, account: "seed", raw: nil, now: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(order.phase == .unknown && order.status == "" && order.createdAt == nil)
        #expect(payload.items.isEmpty && payload.degraded["items[0]"] != nil)
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

    @Test func malformedAnswersBecomeOneLineErrors() throws {
        #expect(throws: OrderError.malformedResponse(detail: "order: not XML")) {
            try AdilityReader.order(from: Data("<order><id>".utf8), as: .xml, what: "order")
        }
        #expect(throws: OrderError.malformedResponse(detail: "order: no order in the answer")) {
            try AdilityReader.order(from: Data(#"{"id": "1", "order_number": "n"}"#.utf8), as: .json, what: "order")
        }
        let statusless = try AdilityReader.order(from: Data(#"{"order": {"id": "1", "order_number": "n"}}"#.utf8),
                                                 as: .json, what: "order")
        #expect(statusless.status == "" && statusless.degraded == ["status": "absent"])
    }
}
