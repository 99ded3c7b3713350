import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `lineForm(offerID:)`: quantity, deployment, currency and discount code per line, stored
/// by the sandbox per line and shown per line in `details`.
@Suite struct AdobeLineFormTests {
    private static let acrobat = "65304520CA01A12"

    @Test func theFormOffersTheCustomersDeploymentsUnderTheSeedsWireKeys() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let form = try #require(try await sandbox.client().lineForm(offerID: Self.acrobat))
        #expect(form.quantityKey == "quantity")
        #expect(form.fields.map(\.key) == ["quantity", "deploymentId", "currencyCode", "discountCode"])
        #expect(form.fields.map(\.kind) == [.number, .choice, .text, .text])
        #expect(form.fields[0].minimum == 1)
        #expect(form.fields[1].choices == [.init(id: "12345", label: "12345 (US)"), .init(id: "67890", label: "67890 (GB)")])
        #expect(form.fields[1].problem(with: "") == nil)
        #expect(form.fields[2].value == "USD")

        let other = try #require(try await sandbox.client(customerID: "1005550001").lineForm(offerID: Self.acrobat))
        #expect(other.fields[1].kind == .text)
    }

    @Test func lineValuesAreStoredPerLineAndShownWithTheSubscriptionOnce1000() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        var cart = sandbox.cart([(Self.acrobat, 2), ("65304522CA01A12", 1)])
        cart.lines[0].parameters = ["deploymentId": "67890", "currencyCode": "USD", "discountCode": "HVD_L18_PRE"]
        cart.lines[1].parameters = ["deploymentId": "", "currencyCode": "", "discountCode": ""]
        let placed = try await client.place(cart: cart)
        let raw = try await sandbox.raw(.get, "\(sandbox.ordersPath)/\(placed.id)")
        let lines = try #require(raw.object["lineItems"] as? [[String: Any]])
        #expect(lines[0]["deploymentId"] as? String == "67890")
        #expect(lines[0]["discountCode"] as? String == "HVD_L18_PRE")
        #expect(lines[0]["currencyCode"] as? String == "USD")
        #expect(lines[1]["deploymentId"] == nil && lines[1]["discountCode"] == nil)

        let pending = try await client.details(orderID: placed.id)
        #expect(pending.map(\.title) == ["Order \(placed.id)", "Line 1: Acrobat Pro for teams", "Line 2: Photoshop for teams"])
        let first = Dictionary(uniqueKeysWithValues: pending[1].rows.map { ($0.label, $0.value) })
        #expect(first["deploymentId"] == "67890")
        #expect(first["currencyCode"] == "USD")
        #expect(first["discountCode"] == "HVD_L18_PRE")
        #expect(first["subscriptionId"] == "none until the order is 1000")
        #expect(pending[2].rows.first { $0.label == "deploymentId" }?.value == "none")

        sandbox.clock.advance(by: 4)
        let settled = try await client.details(orderID: placed.id)
        #expect(settled[1].rows.first { $0.label == "subscriptionId" }
            == DetailSection.Row("subscriptionId", "S\(placed.id)L1", tone: .success))
    }

    @Test func aDeploymentTheCustomerLacksIsRefusedIn1117() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        var cart = sandbox.cart([(Self.acrobat, 1)])
        cart.lines[0].parameters = ["deploymentId": "99999"]
        await #expect(throws: OrderError.rejected(detail: "Adobe 1117 invalid fields — deploymentId '99999' is not a deployment of customer 9876543210; use one of 12345, 67890: lineItems[0].deploymentId")) {
            try await sandbox.client().place(cart: cart)
        }
        let deployments = try await sandbox.raw(.get, "/v3/customers/1005550001/deployments")
        #expect(deployments.status == 200)
        #expect(deployments.object["totalCount"] as? Int == 0)
    }
}
