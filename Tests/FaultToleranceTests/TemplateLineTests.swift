import Config
import ConsoleModel
import Foundation
import OrderKit
import Providers
import Sandbox
import Store
import Testing

/// An Appxite account without a catalog (the sandbox's `appxite-portal`, whose
/// `GET /products` answers 404 as a real account does): the console asks for the offer id,
/// the key/value form's rows reach the sandbox as exactly that `FormData`, `forms.toml` keeps
/// them, and the next addition of the offer starts from them.
@MainActor
@Suite struct TemplateLineTests {
    static let offerID = "3d800b57-0958-4d86-a6a6-144243908f4f"
    static let rows: [(String, String)] = [
        ("quantityBox1", "3"),
        ("ChargePeriod.offerRulePricingId", "57066ba2-04e7-4610-8517-cff8d1953104"),
        ("ChargePeriod.pricingFrequency", "Monthly"),
        ("ChargePeriod.offerRuleFrequency", "Monthly"),
        ("ChargePeriod.offerRuleCustomFrequencyMonths", "1"),
    ]

    @Test func aTypedOfferAndItsKeysReachTheSandboxAndPrefillTheNextAddition() async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0))
        let endpoint = try await server.start()
        let account = try #require(endpoint.accounts.first { $0.name == "appxite-portal" })
        let organization = try #require(account.settings["organization_id"])
        let client = AppxiteClient(transport: HTTPTransport(account: account.name, baseURL: account.baseURL, timeout: 10),
                                   bearer: .token(DemoCredentials.bearerToken), subscriptionKey: DemoCredentials.subscriptionKey,
                                   organizationID: organization, referer: "https://portal.appxite.example",
                                   lineForms: .templates)
        let withCatalog = AppxiteClient(transport: HTTPTransport(account: account.name, baseURL: account.baseURL, timeout: 10),
                                        bearer: .token(DemoCredentials.bearerToken),
                                        subscriptionKey: DemoCredentials.subscriptionKey, organizationID: organization,
                                        referer: "https://portal.appxite.example")
        do {
            _ = try await withCatalog.offers()
            Issue.record("the portal organization served a catalog")
        } catch let error as OrderError {
            #expect(error.message.contains("line_forms = \"templates\""), "the 404 says which setting to add")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ordercon-forms-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let forms = FormTemplateFile(path: folder.appendingPathComponent("forms.toml").path)
        let store = try OrderStore()
        let driver = ConsoleDriver(
            state: ConsoleState(account: AccountSummary(name: account.name, provider: .appxite, capabilities: client.capabilities,
                                                        isSandbox: true), now: Date()),
            runner: EffectRunner(providers: [account.name: client], store: store, formTemplates: forms, send: { _ in }))
        await driver.run([.createLocalCart(account: account.name, customerID: organization, customerName: "Northwind")])
        let cartID = try #require(driver.state.lists.cartOrderID)

        try await addLine(driver, typing: Self.rows)
        let cart = try #require(try store.localCarts(account: account.name).first { $0.id == cartID })
        #expect(cart.lines.map(\.offerID) == [Self.offerID])
        #expect(cart.lines.first?.quantity == 3)

        let placed = try await client.place(cart: cart)
        let raw = try #require(placed.rawPayload?.data(using: .utf8))
        let body = try #require(try JSONSerialization.jsonObject(with: raw) as? [String: Any])
        let items = try #require(body["Items"] as? [[String: Any]])
        let formData = try #require(items.first?["FormData"] as? [String: Any])
        #expect(formData["quantityBox1"] as? Int == 3, "a whole number goes as a number")
        let period = try #require(formData["ChargePeriod"] as? [String: Any])
        #expect(period["offerId"] as? String == Self.offerID, "ChargePeriod.offerId defaults to the line's offer")
        #expect(period["offerRulePricingId"] as? String == "57066ba2-04e7-4610-8517-cff8d1953104")
        #expect(period["offerRuleCustomFrequencyMonths"] as? Int == 1)

        let saved = try #require(try forms.template(provider: .appxite, offerID: Self.offerID))
        #expect(Set(saved.entries.map(\.key)) == Set(Self.rows.map(\.0)))
        let text = try String(contentsOfFile: forms.path, encoding: .utf8)
        #expect(text.contains(Self.offerID) && text.contains("quantityBox1 = 3"))

        await driver.press(.char("a"))
        for character in Self.offerID { await driver.press(.char(character)) }
        await driver.press(.enter)
        guard case .keyValues(let form) = driver.state.dialog.modal else { Issue.record("no key/value form"); return }
        #expect(form.prefilled)
        #expect(form.rows.map { Set($0.map { "\($0.key)=\($0.value)" }) } == Set(Self.rows.map { "\($0.0)=\($0.1)" }))
        await server.stop()
    }

    /// `a`, the offer id, then the rows typed one by one: a key, Tab, its value, Tab back and
    /// `+` for the next row; ↵ adds the line.
    private func addLine(_ driver: ConsoleDriver, typing rows: [(String, String)]) async throws {
        await driver.press(.char("a"))
        guard case .text = driver.state.dialog.modal else { Issue.record("a asked no offer id"); return }
        for character in Self.offerID { await driver.press(.char(character)) }
        await driver.press(.enter)
        for (index, row) in rows.enumerated() {
            if index > 0 { await driver.press(.char("+")) }
            for character in row.0 { await driver.press(.char(character)) }
            await driver.press(.tab)
            for character in row.1 { await driver.press(.char(character)) }
            await driver.press(.tab)
        }
        await driver.press(.enter)
        #expect(driver.state.dialog.modal == nil, "\(String(describing: driver.state.messages.current?.text))")
    }
}
