import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `lineForm(offerID:)`: the item form built from the catalog's form definition, and its
/// values going through `CartLine.parameters` into the FormData the sandbox records.
@Suite struct AppxiteLineFormTests {
    /// What the console does with a filled-in form: the quantity field becomes the line's
    /// quantity, every other field a parameter under its wire key.
    private func line(_ form: LineForm, offerID: String, values: [String: String]) -> CartLine {
        let fields = form.fields.filled(values)
        let quantity = Int(fields.first { $0.key == form.quantityKey }!.value)!
        let parameters = Dictionary(uniqueKeysWithValues: fields.filter { $0.key != form.quantityKey }.map { ($0.key, $0.value) })
        return CartLine(id: UUID().uuidString.lowercased(), offerID: offerID, name: "line", quantity: quantity,
                        parameters: parameters)
    }

    @Test func theFormShowsEveryFieldOfTheOfferByItsWireKey() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let form = try #require(try await sandbox.appxiteClient().lineForm(offerID: SandboxHarness.appxiteReserved))
        #expect(form.quantityKey == "quantityBox1")
        #expect(form.fields.map(\.key) == ["quantityBox1", "ChargePeriod", "dataCenterLocation", "commitmentPeriod", "licenseTier"])
        #expect(form.fields.map(\.kind) == [.number, .choice, .choice, .choice, .choice])
        #expect(form.fields.allSatisfy { $0.required })
        let quantity = form.fields[0]
        #expect((quantity.value, quantity.minimum, quantity.maximum) == ("1", 1, 200))
        let period = form.fields[1]
        #expect(period.value == "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")
        #expect(period.choices.map(\.label) == ["Monthly billing, Annual term (12 months) · 31.20 EUR",
                                                "Annual billing, Annual term (36 months) · 336.00 EUR"])
        #expect(period.choices.map(\.unitPrice) == [Money(amount: Decimal(string: "31.20")!, currency: "EUR"),
                                                    Money(amount: 336, currency: "EUR")])
        #expect(period.hint?.contains("ChargePeriod.pricingFrequency") == true)
        #expect(form.fields[2].choices.map(\.id) == ["1", "2", "3"])
        #expect(form.fields[2].choices.map(\.label) == ["Frankfurt (DE)", "Amsterdam (NL)", "Stockholm (SE)"])
        #expect(form.fields[3].choices.map(\.label) == ["1 year", "3 years"])
        #expect(form.fields[4].choices.map(\.label) == ["Standard", "Advanced"])
    }

    @Test func aFilledInFormReachesTheSandboxAsExactlyThoseFormDataValues() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let form = try #require(try await client.lineForm(offerID: SandboxHarness.appxiteReserved))
        let filled = line(form, offerID: SandboxHarness.appxiteReserved, values: [
            "quantityBox1": "7", "ChargePeriod": "d8c7b6a5-9f0e-4d1c-b2a3-948576a6b7c8", "dataCenterLocation": "2",
            "commitmentPeriod": "36", "licenseTier": "2",
        ])
        let placed = try await client.place(cart: sandbox.appxiteCart([filled]))
        let raw = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/\(placed.id)"))
        let item = try #require((raw["Items"] as? [[String: Any]])?.first)
        let formData = try #require(item["FormData"] as? [String: Any])
        #expect(Set(formData.keys) == ["quantityBox1", "ChargePeriod", "dataCenterLocation", "commitmentPeriod", "licenseTier"])
        #expect(formData["quantityBox1"] as? Int == 7)
        #expect(formData["dataCenterLocation"] as? Int == 2)
        #expect(formData["commitmentPeriod"] as? Int == 36)
        #expect(formData["licenseTier"] as? Int == 2)
        let period = try #require(formData["ChargePeriod"] as? [String: Any])
        #expect(period["offerId"] as? String == SandboxHarness.appxiteReserved)
        #expect(period["offerRulePricingId"] as? String == "d8c7b6a5-9f0e-4d1c-b2a3-948576a6b7c8")
        #expect(period["pricingFrequency"] as? String == "Annual")
        #expect(period["offerRuleFrequency"] as? String == "Annual")
        #expect(period["offerRuleCustomFrequencyMonths"] as? Int == 36)
        #expect(item["Quantity"] as? Int == 7)
    }

    @Test func anOfferWithoutChoiceFieldsAsksForQuantityAndChargePeriodOnly() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let form = try #require(try await sandbox.appxiteClient().lineForm(offerID: SandboxHarness.appxiteManual))
        #expect(form.quantityKey == "quantityBox2")
        #expect(form.fields.map(\.key) == ["quantityBox2", "ChargePeriod", "commitmentPeriod"])
        #expect(form.fields[0].maximum == 50)
    }

    @Test func anOfferOutsideTheCatalogIsNotFound() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.notFound(detail: "offer nope is not in the Appxite catalog")) {
            try await sandbox.appxiteClient().lineForm(offerID: "nope")
        }
    }
}
