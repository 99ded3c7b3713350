import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Every rule of the order body is a 400 in Adobe's error shape, naming the field.
@Suite struct AdobeValidationTests {
    private static let acrobat = "65304520CA01A12"
    private static let tooManyLines = (1...500).map { ($0, acrobat, 1) }

    @Test(arguments: [
        (AdobeHarness.body(type: "SWITCH"), ["orderType"]),
        (#"{"lineItems": [{"extLineItemNumber": 1, "offerId": "65304520CA01A12", "quantity": 1}]}"#, ["orderType"]),
        (AdobeHarness.body(lines: []), ["lineItems"]),
        (AdobeHarness.body(lines: tooManyLines), ["lineItems"]),
        (AdobeHarness.body(lines: [(4, acrobat, 1), (4, acrobat, 2)]), ["lineItems[1].extLineItemNumber"]),
        (#"{"orderType": "NEW", "lineItems": [{"offerId": "65304520CA01A12", "quantity": 1}]}"#,
         ["lineItems[0].extLineItemNumber"]),
        (AdobeHarness.body(lines: [(1, "NOT-AN-OFFER", 1)]), ["lineItems[0].offerId"]),
        (AdobeHarness.body(lines: [(1, acrobat, 0)]), ["lineItems[0].quantity"]),
        (#"{"orderType": "NEW", "currencyCode": "USD", "lineItems": [{"extLineItemNumber": 1, "offerId": "65304520CA01A12", "quantity": 1, "currencyCode": "EUR"}]}"#,
         ["lineItems[0].currencyCode"]),
        (#"{"orderType": "NEW", "lineItems": [{"extLineItemNumber": 1, "offerId": "65304520CA01A12", "quantity": 1, "currencyCode": "EUR"}]}"#,
         ["lineItems[0].currencyCode"]),
        (AdobeHarness.body(extra: #", "externalReferenceId": "\#(String(repeating: "x", count: 36))""#), ["externalReferenceId"]),
        (AdobeHarness.body(extra: #", "referenceOrderId": "5000000003""#), ["referenceOrderId"]),
        (AdobeHarness.body(type: "RETURN"), ["referenceOrderId"]),
        (AdobeHarness.body(lines: [(1, acrobat, 0), (1, "NOPE", 1)]),
         ["lineItems[0].quantity", "lineItems[1].extLineItemNumber", "lineItems[1].offerId"]),
        (#"{"orderType": "NEW", "lineItems": [{"extLineItemNumber": 1, "offerId": "65304520CA01A12", "quantity": "two"}]}"#,
         ["body"]),
        ("", ["body"]),
    ])
    func brokenRuleIs400NamingTheField(body: String, fields: [String]) async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await sandbox.raw(.post, sandbox.ordersPath, body: body)
        #expect(response.status == 400)
        #expect(response.object["code"] as? String == "1117")
        #expect(response.object["additionalDetails"] as? [String] == fields)
        #expect((response.object["message"] as? String)?.isEmpty == false)
        #expect(try await sandbox.client().orders(stage: .all).count == 9)
    }

    @Test func optionalFieldsAtTheirLimitsAreAccepted() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let lines = (1...499).map { ($0, Self.acrobat, 1) }
        let full = try await sandbox.raw(.post, sandbox.ordersPath,
                                         body: AdobeHarness.body(lines: lines,
                                                                 extra: #", "externalReferenceId": "\#(String(repeating: "x", count: 35))", "currencyCode": "USD""#))
        #expect(full.status == 201)
        let perLine = #"{"orderType": "NEW", "lineItems": [{"extLineItemNumber": 4, "offerId": "80004567EA01A12", "quantity": 1, "currencyCode": "USD", "deploymentId": "12345", "discountCode": "HVD_L18_PRE"}]}"#
        let answer = try await sandbox.raw(.post, sandbox.ordersPath, body: perLine)
        #expect(answer.status == 201)
        let line = try #require((answer.object["lineItems"] as? [[String: Any]])?.first)
        #expect(line["deploymentId"] as? String == "12345" && line["discountCode"] as? String == "HVD_L18_PRE")
    }

    @Test func clientShowsTheRefusalInOneLine() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.rejected(detail: "Adobe 1117 invalid fields — lineItems[0].quantity must be at least 1")) {
            try await sandbox.client().place(cart: sandbox.cart([("65304520CA01A12", 0)]))
        }
        await #expect(throws: OrderError.rejected(detail: "Adobe 1117 invalid fields — an order needs 1 to 499 lineItems, not 0")) {
            try await sandbox.client().place(cart: sandbox.cart([]))
        }
    }
}
