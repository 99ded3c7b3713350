import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Beyond the document: the catalog with each offer's form, the paged order list, and
/// orders scoped to the organization acted for.
@Suite struct AppxiteCatalogTests {
    @Test func catalogCarriesPricesBillingAndEachOfferForm() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let offers = try await sandbox.appxiteClient().offers()
        #expect(offers.count == 5)
        #expect(offers.first { $0.id == SandboxHarness.appxiteOffice }
            == Offer(id: SandboxHarness.appxiteOffice, name: "Microsoft 365 Business Standard",
                     price: Money(amount: Decimal(string: "12.50")!, currency: "EUR"), billing: "monthly"))
        let raw = try JSONSerialization.jsonObject(with: try await sandbox.appxiteRaw(.get, "/products").body) as? [[String: Any]]
        let acronis = try #require(raw?.first { $0["OfferId"] as? String == SandboxHarness.appxiteAcronis })
        let form = try #require(acronis["Form"] as? [String: Any])
        #expect(form["QuantityKey"] as? String == "quantityBox1")
        let fields = try #require(form["Fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["Key"] as? String } == ["dataCenterLocation", "licenseTier"])
        #expect((fields[0]["Options"] as? [[String: Any]])?.first?["Id"] as? Int == 1)
        #expect(raw?.filter { $0["ManualApproval"] as? Bool == true }.count == 1)
    }

    @Test func orderListCoversEveryStatusAndStagesSplitIt() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let all = try await client.orders(stage: .all)
        #expect(all.count == 7)
        #expect(Set(all.map(\.phase)) == [.cart, .awaitingApproval, .processing, .completed, .failed, .cancelled])
        #expect(all.compactMap(\.createdAt) == all.compactMap(\.createdAt).sorted(by: >) && all.allSatisfy { $0.createdAt != nil })
        #expect(try await client.orders(stage: .draft).map(\.id) == ["AX-100007"])
        #expect(try await client.orders(stage: .confirmed).count == 6)
        #expect(try await client.customers() == [Customer(id: sandbox.appxiteOrganization, name: sandbox.appxiteOrganization)])
    }

    @Test func listPagesAndTheClientReadsEveryPage() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let page3 = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders?page=3&pageSize=3"))
        #expect(page3["TotalCount"] as? Int == 7)
        #expect((page3["Items"] as? [[String: Any]])?.count == 1)
        #expect(try await sandbox.appxiteRaw(.get, "/orders?pageSize=0").status == 400)
        #expect(try await sandbox.appxiteRaw(.get, "/orders?page=x").status == 400)

        for _ in 0..<100 {
            _ = try await sandbox.appxiteRaw(.post, "/orders/", body: sandbox.appxiteAddBody())
        }
        let drafts = try await sandbox.appxiteClient().orders(stage: .draft)
        #expect(drafts.count == 101)
        #expect(sandbox.requests.count("GET /orders?page=2&pageSize=100") == 1)
        #expect(sandbox.requests.count("GET /orders?page=3&pageSize=100") == 0)
    }

    @Test func ordersBelongToTheOrganizationActedFor() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let other = sandbox.appxiteClient(organizationID: SandboxHarness.appxiteOtherOrganization)
        #expect(try await other.orders(stage: .all).map(\.id) == ["AX-100008"])
        await #expect(throws: OrderError.notFound(detail: "Order AX-100008 does not exist in this organization")) {
            try await sandbox.appxiteClient().order(id: "AX-100008")
        }
        await #expect(throws: OrderError.rejected(detail: "'AX/1' is not an Appxite order id")) {
            try await sandbox.appxiteClient().order(id: "AX/1")
        }
    }
}
