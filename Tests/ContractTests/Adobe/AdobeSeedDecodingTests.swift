import Foundation
import OrderKit
@testable import Providers
import Testing

/// Seed 002's example payloads, decoded with the client's own wire types.
@Suite struct AdobeSeedDecodingTests {
    private static func seed(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Seeds/adobe")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    @Test func requestExampleDecodesAndRoundTrips() throws {
        let request = try PayloadDecoder.decode(AdobeOrderRequestPayload.self, from: try Self.seed("create-order-request.json"),
                                                what: "seed request")
        #expect(request.externalReferenceId == "759")
        #expect(request.referenceOrderId == "")
        let line = try #require(request.lineItems.first)
        #expect(line.extLineItemNumber == 4 && line.offerId == "80004567EA01A12" && line.quantity == 1)
        #expect(line.deploymentId == "12345" && line.discountCode == "HVD_L18_PRE")
        let reencoded = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(request)) as! [String: Any]
        #expect(Set(reencoded.keys) == ["externalReferenceId", "currencyCode", "orderType", "referenceOrderId", "lineItems"])
    }

    @Test func responseExampleIsAPendingOrderWithoutSubscriptions() throws {
        let data = try Self.seed("create-order-response.json")
        let payload = try PayloadDecoder.decode(AdobeOrderPayload.self, from: data, what: "seed response")
        let order = try AdobeReader.order(from: data, account: "a", customerName: "c", what: "seed response")
        #expect(order.id == "0123456789" && order.customerID == "9876543210")
        #expect(order.status == "1002" && order.phase == .processing)
        #expect(order.createdAt == Date(timeIntervalSince1970: 1_556_837_394))
        #expect(order.items.map(\.id) == ["4"])
        #expect(order.items.map(\.phase) == [.processing])
        #expect(payload.lineItems.first?.subscriptionId == "")
    }

    /// Every code of the reference's status table reads with its meaning, in the detail
    /// view's rows and in the order the panes and the headless commands show; a code the
    /// table lacks says "unknown code"; an empty status has no meaning to show.
    @Test(arguments: [("1000", "1000 complete"), ("1002", "1002 pending"), ("1004", "1004 failed"),
                      ("1008", "1008 cancelled"), ("1010", "1010 failed: account address invalid"),
                      ("1012", "1012 failed: account blocked"), ("1014", "1014 failed: account already exists"),
                      ("1020", "1020 failed: distributor inactive"),
                      ("1022", "1022 failed: reseller inactive"), ("1024", "1024 failed: customer inactive"),
                      ("1026", "1026 failed: customer ID invalid"), ("1006", "1006 unknown code"), ("", "")])
    func statusCodesAreShownWithTheirMeaning(status: String, label: String) throws {
        #expect(AdobeMapping.label(status: status) == label)
        let json = #"{"orderId": "7", "status": "\#(status)", "lineItems": [{"extLineItemNumber": 1, "offerId": "o", "status": "\#(status)"}]}"#
        let order = try AdobeReader.order(from: Data(json.utf8), account: "a", customerName: nil, what: "order")
        #expect(order.statusLabel == label && order.items.map(\.statusLabel) == [label])
    }

    @Test(arguments: [("1000", Phase.completed), ("1002", .processing), ("1004", .failed), ("1008", .cancelled),
                      ("1010", .failed), ("1012", .failed), ("1014", .failed), ("1020", .failed), ("1026", .failed),
                      ("1006", .unknown), ("1027", .unknown), ("", .unknown), ("Complete", .unknown)])
    func statusCodesMapToPhases(status: String, phase: Phase) {
        #expect(AdobeOrderStatus.phase(of: status) == phase)
    }

    @Test func aPreviewIsNeverAnOrder() throws {
        let preview = #"{"orderId": "", "orderType": "PREVIEW", "status": "", "lineItems": []}"#
        let payload = try PayloadDecoder.decode(AdobeOrderPayload.self, from: Data(preview.utf8), what: "preview")
        #expect(AdobeMapping.isPreview(payload))
        #expect(throws: OrderError.self) {
            try AdobeReader.order(from: Data(preview.utf8), account: "a", customerName: "c", what: "preview")
        }
    }

    @Test func errorCodesReadAsStringsOrNumbers() throws {
        let text = try JSONDecoder().decode(AdobeErrorPayload.self, from: Data(#"{"code": "4119", "message": "m"}"#.utf8))
        let number = try JSONDecoder().decode(AdobeErrorPayload.self, from: Data(#"{"code": 4118}"#.utf8))
        let gateway = try JSONDecoder().decode(AdobeErrorPayload.self, from: Data(#"{"error_code": "504"}"#.utf8))
        #expect([text.code, number.code, gateway.code] == ["4119", "4118", "504"])
    }

    /// A refusal's one line leads with Adobe's code and its meaning, then the message, then
    /// the details the message does not name, so a line cut at the screen's width still says
    /// what Adobe refused; a word code stands alone, a number the table lacks says so.
    @Test(arguments: [
        (#"{"code": "1117", "message": "Some fields are invalid", "additionalDetails": ["lineItems[0].quantity"]}"#,
         "Adobe 1117 invalid fields — Some fields are invalid: lineItems[0].quantity"),
        (#"{"code": 5122, "message": "Order placement is currently unavailable. Please try again later."}"#,
         "Adobe 5122 unavailable or invalid request — Order placement is currently unavailable. Please try again later"),
        (#"{"code": "2129", "message": "Not eligible", "additionalDetails": ["Line Item: 1, Reason: INELIGIBLE_ADD_ON"]}"#,
         "Adobe 2129 customer not eligible for the offer — Not eligible: Line Item: 1, Reason: INELIGIBLE_ADD_ON"),
        (#"{"code": "1124"}"#, "Adobe 1124 internal error, try again later"),
        (#"{"code": "1116", "message": "Invalid Customer"}"#, "Adobe 1116 customer not found — Invalid Customer"),
        (#"{"code": "2115", "message": "Invalid Order"}"#, "Adobe 2115 customer or order not found — Invalid Order"),
        (#"{"code": "9907", "message": "Something new"}"#, "Adobe 9907 unknown code — Something new"),
        (#"{"code": "RETURN_QTY_EXCEEDS_REMAINING", "message": "Too many"}"#, "Adobe RETURN_QTY_EXCEEDS_REMAINING — Too many"),
        (#"{"message": "No code", "additionalDetails": ["x"]}"#, "No code: x"),
    ])
    func aRefusalLeadsWithItsCodeAndMeaning(json: String, summary: String) throws {
        #expect(try JSONDecoder().decode(AdobeErrorPayload.self, from: Data(json.utf8)).summary == summary)
    }

    @Test func cartReferenceFitsAdobe() {
        let lines = [CartLine(id: "1", offerID: "65304520CA01A12", name: "Acrobat", quantity: 2)]
        let long = LocalCart(id: String(repeating: "c", count: 40), account: "a", customerID: "9876543210",
                             customerName: "n", lines: lines, createdAt: Date())
        let short = LocalCart(id: "cart-17", account: "a", customerID: "9876543210", customerName: "n", lines: lines,
                              createdAt: Date())
        #expect(AdobeCartReference.externalReferenceID(for: short) == "cart-17")
        #expect(AdobeCartReference.externalReferenceID(for: long).count <= 35)
        #expect(AdobeCartReference.externalReferenceID(for: long) != AdobeCartReference.externalReferenceID(for: short))
    }
}
