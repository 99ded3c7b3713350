import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The sandbox's subscriptions API (`subscription-management/`) and how orders move
/// subscriptions, read over the wire as a production client would.
@Suite struct AdobeSubscriptionTests {
    static let subscriptions = "/v3/customers/9876543210/subscriptions"

    @Test func aCustomersSubscriptionsAreListedAndReadOneByOne() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let list = try await sandbox.raw(.get, Self.subscriptions)
        #expect(list.status == 200)
        let items = try #require(list.object["items"] as? [[String: Any]])
        #expect(list.object["totalCount"] as? Int == 4)
        #expect(items.map { $0["subscriptionId"] as? String } == ["S5000000001L1", "S5000000001L2", "S5000000002L1", "S5000000003L1"])
        #expect(items.map { $0["currentQuantity"] as? Int } == [12, 2, 3, 5], "a later order of a held product joins its subscription")
        let acrobat = items[0]
        #expect(acrobat["offerId"] as? String == "65304520CA01A12" && acrobat["status"] as? String == "1000")
        #expect(acrobat["renewedQuantity"] as? Int == 10, "the seeded RENEWAL renewed this subscription")
        let renewal = try #require(acrobat["autoRenewal"] as? [String: Any])
        #expect(renewal["enabled"] as? Bool == true && renewal["renewalQuantity"] as? Int == 12)
        let customer = try await sandbox.raw(.get, "/v3/customers/9876543210")
        #expect(acrobat["renewalDate"] as? String == customer.object["cotermDate"] as? String)

        let one = try await sandbox.raw(.get, Self.subscriptions + "/S5000000001L1")
        #expect(one.status == 200 && one.object["currentQuantity"] as? Int == 12)
        #expect((one.object["links"] as? [String: [String: Any]])?["self"]?["uri"] as? String == Self.subscriptions + "/S5000000001L1")
        let other = try await sandbox.raw(.get, Self.subscriptions + "/S5000000010L1")
        #expect(other.status == 404 && other.object["code"] as? String == "3115", "another customer's subscription")
        let nobody = try await sandbox.raw(.get, "/v3/customers/0000000000/subscriptions")
        #expect(nobody.status == 404 && nobody.object["code"] as? String == "1116")
    }

    @Test func patchTurnsAutoRenewalAndSetsItsQuantityAndDiscounts() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let path = Self.subscriptions + "/S5000000001L1"
        let off = try await sandbox.raw(.patch, path, body: #"{"autoRenewal": {"enabled": false}}"#)
        #expect(off.status == 200 && Self.renewal(off)["enabled"] as? Bool == false)
        #expect(Self.renewal(off)["renewalQuantity"] as? Int == 12, "without an explicit quantity every licence renews")
        let on = try await sandbox.raw(.patch, path, body: #"{"autoRenewal": {"enabled": true, "renewalQuantity": 7, "flexDiscountCodes": ["ACROBAT-20-OFF"]}}"#)
        #expect(Self.renewal(on)["renewalQuantity"] as? Int == 7 && Self.renewal(on)["flexDiscountCodes"] as? [String] == ["ACROBAT-20-OFF"])
        let reset = try await sandbox.raw(.patch, path + "?reset-flex-discount-codes=true", headers: ["Content-Type": nil])
        #expect(reset.status == 200 && Self.renewal(reset)["flexDiscountCodes"] == nil)
        let read = try await sandbox.raw(.get, path)
        #expect(Self.renewal(read)["enabled"] as? Bool == true && Self.renewal(read)["renewalQuantity"] as? Int == 7)

        let tooMany = try await sandbox.raw(.patch, path, body: #"{"autoRenewal": {"enabled": true, "renewalQuantity": 10001}}"#)
        #expect(tooMany.status == 400 && tooMany.object["code"] as? String == "3116")
        let fixed = try await sandbox.raw(.patch, path, body: #"{"offerId": "65304522CA01A12", "autoRenewal": {"enabled": true}}"#)
        #expect(fixed.status == 400 && fixed.object["code"] as? String == "1119" && fixed.object["additionalDetails"] as? [String] == ["offerId"])
        let unknown = try await sandbox.raw(.patch, Self.subscriptions + "/S404", body: #"{"autoRenewal": {"enabled": true}}"#)
        #expect(unknown.status == 404 && unknown.object["code"] as? String == "3115")

        let giveBack = AdobeHarness.body(type: "RETURN", lines: [(1, "65304768CA01A12", 5)], extra: #", "referenceOrderId": "5000000003""#)
        #expect(try await sandbox.raw(.post, sandbox.ordersPath, body: giveBack).status == 201)
        let returned = try await sandbox.raw(.get, Self.subscriptions + "/S5000000003L1")
        #expect(returned.object["status"] as? String == "1004" && returned.object["currentQuantity"] as? Int == 0)
        let inactive = try await sandbox.raw(.patch, Self.subscriptions + "/S5000000003L1", body: #"{"autoRenewal": {"enabled": true}}"#)
        #expect(inactive.status == 400 && inactive.object["code"] as? String == "3119")
    }

    @Test func postSchedulesASubscriptionToAProductTheCustomerLacks() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let created = try await sandbox.raw(.post, Self.subscriptions,
                                            body: #"{"offerId": "80004567EA01A12", "autoRenewal": {"enabled": true, "renewalQuantity": 5}}"#)
        #expect(created.status == 200)
        #expect(created.object["subscriptionId"] as? String == "S9000000001" && created.object["status"] as? String == "1009")
        #expect(created.object["currentQuantity"] as? Int == 0 && Self.renewal(created)["renewalQuantity"] as? Int == 5)
        #expect((try await sandbox.raw(.get, Self.subscriptions)).object["totalCount"] as? Int == 5)

        let refusals: [(String, [String])] = [
            (#"{"offerId": "80004567EA01A12", "autoRenewal": {"enabled": true, "renewalQuantity": 5}}"#, ["offerId"]),
            (#"{"offerId": "65304520CA02A12", "autoRenewal": {"enabled": true, "renewalQuantity": 5}}"#, ["offerId"]),
            (#"{"offerId": "nothing", "autoRenewal": {"enabled": false}}"#,
             ["offerId", "autoRenewal.enabled", "autoRenewal.renewalQuantity"]),
        ]
        for (body, fields) in refusals {
            let refused = try await sandbox.raw(.post, Self.subscriptions, body: body)
            #expect(refused.status == 400 && refused.object["code"] as? String == "1117", "\(body)")
            #expect(refused.object["additionalDetails"] as? [String] == fields, "\(body)")
        }

        let contoso = "/v3/customers/1005550001"
        let giveBack = AdobeHarness.body(type: "RETURN", lines: [(1, "65304520CA01A12", 3)], extra: #", "referenceOrderId": "5000000010""#)
        #expect(try await sandbox.raw(.post, contoso + "/orders", body: giveBack).status == 201)
        let lapsed = try await sandbox.raw(.post, contoso + "/subscriptions",
                                           body: #"{"offerId": "80004567EA01A12", "autoRenewal": {"enabled": true, "renewalQuantity": 5}}"#)
        #expect(lapsed.status == 400 && lapsed.object["additionalDetails"] as? [String] == ["customerId"],
                "a customer with no active subscription")
    }

    @Test func aRenewalRenewsTheSubscriptionItNamesAndKeepsItsID() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let renew = #"{"orderType": "RENEWAL", "currencyCode": "USD", "lineItems": [{"extLineItemNumber": 1, "offerId": "65322651CA01A12", "quantity": 2, "subscriptionId": "S5000000001L2", "currencyCode": "USD"}]}"#
        let placed = try await sandbox.raw(.post, sandbox.ordersPath, body: renew)
        #expect(placed.status == 201)
        #expect((placed.object["lineItems"] as? [[String: Any]])?.first?["subscriptionId"] as? String == "S5000000001L2")
        sandbox.clock.advance(by: 4)
        let id = try #require(placed.object["orderId"] as? String)
        let done = try await sandbox.raw(.get, "\(sandbox.ordersPath)/\(id)")
        #expect(done.object["status"] as? String == "1000")
        #expect((done.object["lineItems"] as? [[String: Any]])?.first?["subscriptionId"] as? String == "S5000000001L2")
        let subscription = try await sandbox.raw(.get, Self.subscriptions + "/S5000000001L2")
        #expect(subscription.object["renewedQuantity"] as? Int == 2 && subscription.object["currentQuantity"] as? Int == 2)
        #expect((try await sandbox.raw(.get, Self.subscriptions)).object["totalCount"] as? Int == 4, "no new subscription")

        let unnamed = try await sandbox.raw(.post, sandbox.ordersPath, body: AdobeHarness.body(type: "RENEWAL", lines: [(1, "65322651CA01A12", 2)]))
        #expect(unnamed.status == 400 && unnamed.object["additionalDetails"] as? [String] == ["lineItems[0].subscriptionId"])
        let foreign = #"{"orderType": "RENEWAL", "lineItems": [{"extLineItemNumber": 1, "offerId": "65304520CA01A12", "quantity": 1, "subscriptionId": "S5000000010L1"}]}"#
        let refused = try await sandbox.raw(.post, sandbox.ordersPath, body: foreign)
        #expect(refused.status == 400 && refused.object["code"] as? String == "1117")
    }

    @Test func aPreviewRenewalWithoutLinesPricesEverySubscriptionThatRenews() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        _ = try await sandbox.raw(.patch, Self.subscriptions + "/S5000000002L1", body: #"{"autoRenewal": {"enabled": false}}"#)
        let preview = try await sandbox.raw(.post, sandbox.ordersPath + "?fetch-price=true", body: #"{"orderType": "PREVIEW_RENEWAL"}"#)
        #expect(preview.status == 200 && preview.object["orderType"] as? String == "PREVIEW_RENEWAL")
        let lines = try #require(preview.object["lineItems"] as? [[String: Any]])
        #expect(lines.map { $0["subscriptionId"] as? String } == ["S5000000001L1", "S5000000001L2", "S5000000003L1"])
        #expect(lines.map { $0["quantity"] as? Int } == [12, 2, 5])
        #expect(lines.allSatisfy { $0["proratedDays"] as? Int == 365 })
        let pricing = try #require(lines.first?["pricing"] as? [String: Any])
        for field in ["partnerPrice", "discountedPartnerPrice", "netPartnerPrice", "lineItemPartnerPrice"] {
            #expect(pricing[field] is NSNumber, "\(field)")
        }
        #expect(preview.object["pricingSummary"] is [Any])
    }

    @Test func theCustomerCarriesItsCotermDateAddressContactsAndDiscounts() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let customer = try await sandbox.raw(.get, "/v3/customers/9876543210")
        let coterm = try #require(customer.object["cotermDate"] as? String)
        let day = try Date.ISO8601FormatStyle().year().month().day().parse(coterm)
        #expect(day > sandbox.clock.now() && day < sandbox.clock.now().addingTimeInterval(366 * 24 * 3600))
        let profile = try #require(customer.object["companyProfile"] as? [String: Any])
        #expect((profile["address"] as? [String: Any])?["country"] as? String == "US")
        #expect((profile["contacts"] as? [[String: Any]])?.first?["email"] as? String == "mira.holt@northwind.example")
        #expect((customer.object["discounts"] as? [[String: Any]])?.first?["level"] as? String == "01")
        #expect(customer.object["globalSalesEnabled"] as? Bool == false)
    }

    @Test func currencyCodeMayBeSentOnTheOrderAndEachLine() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let both = #"{"orderType": "NEW", "currencyCode": "USD", "lineItems": [{"extLineItemNumber": 1, "offerId": "80004567EA01A12", "quantity": 1, "currencyCode": "USD"}]}"#
        let placed = try await sandbox.raw(.post, sandbox.ordersPath, body: both)
        #expect(placed.status == 201 && placed.object["currencyCode"] as? String == "USD")
    }

    private static func renewal(_ response: APIResponse) -> [String: Any] {
        response.object["autoRenewal"] as? [String: Any] ?? [:]
    }
}
