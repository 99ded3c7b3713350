import Foundation
import OrderKit
@testable import Providers
import Sandbox
import Testing

/// Whitelabel custom fields and characteristics keep their type from the sandbox to the
/// console's form and back: text, number, boolean, date, and lists with their options.
@Suite struct WhiteLabelFieldTypeTests {
    @Test func customFieldsArriveTypedWithListOptions() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let fields = try await sandbox.client().customFields(orderID: "1042")
        #expect(fields.map(\.kind) == [.text, .text, .choice, .boolean, .date])
        let priority = try #require(fields.first { $0.name == "Delivery Priority" })
        #expect(priority.key == "Delivery Priority")
        #expect(priority.value == "Standard")
        #expect(priority.choices.map(\.id) == ["Standard", "Express", "Scheduled"])
        #expect(priority.problem(with: "Overnight") != nil)

        let raw = try await sandbox.raw(.get, "/api/orders/1042/customfields")
        let served = try #require(try JSONSerialization.jsonObject(with: raw.body) as? [[String: Any]])
        #expect(served.first { $0["Name"] as? String == "Delivery Priority" }?["Options"] as? [String]
            == ["Standard", "Express", "Scheduled"])
        #expect(served.first { $0["Name"] as? String == "PO Number" }?["Options"] == nil)
    }

    @Test func everyKindRoundTripsThroughAnUpdate() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        var fields = try await client.customFields(orderID: "1042")
        let values = ["PO Number": "PO-9", "Cost Center": "CC-1", "Delivery Priority": "Express",
                      "Renewal Reminder": "true", "Go-live Date": "2026-12-01"]
        for index in fields.indices { fields[index].value = values[fields[index].name] ?? "" }
        let updated = try await client.updateCustomFields(orderID: "1042", fields: fields)
        #expect(updated == fields)
        #expect(try await client.customFields(orderID: "1042") == fields)
    }

    @Test func characteristicListsRoundTripAndRefuseWhatTheyDoNotOffer() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let itemID = try #require(try await client.items(orderID: "1042").first?.id)
        var region = try #require(try await client.characteristics(orderID: "1042", itemID: itemID)
            .first { $0.name == "Data Centre Region" })
        #expect(region.kind == .choice)
        #expect(region.choices.map(\.label) == ["EU West", "EU North", "US East"])
        region.value = "US East"
        let changed = try await client.updateCharacteristics(orderID: "1042", itemID: itemID, fields: [region])
        #expect(changed.first { $0.name == "Data Centre Region" } == region)

        region.value = "Mars"
        await #expect(throws: OrderError.rejected(
            detail: "'Mars' is not a valid List for characteristic 'Data Centre Region': one of EU West, EU North, US East")) {
            try await client.updateCharacteristics(orderID: "1042", itemID: itemID, fields: [region])
        }
    }

    @Test func payloadsMapToKindsAndListsAreSentWithoutTheirOptions() throws {
        let payloads = try WhiteLabelReader.fields(from: Data("""
            [{"Name": "A", "Value": 1, "Type": "Number"}, {"name": "B", "value": "x", "type": "List", "options": ["x", "y"]},
             {"Name": "C", "Value": null, "Type": "Dropdown", "Options": ["p"]}, {"Name": "D", "Value": "t"}, {"Value": "nameless"}]
            """.utf8), what: "fields")
        let fields = payloads.map(WhiteLabelMapping.field)
        #expect(fields.map(\.kind) == [.number, .choice, .choice, .text])
        #expect(fields[0].value == "1", "a number arrives as the field's text")
        #expect(fields[2].value == "")
        let sent = try JSONSerialization.jsonObject(with: JSONEncoder().encode(WhiteLabelMapping.payload(fields[1])))
            as? [String: Any]
        #expect(sent?["Type"] as? String == "List")
        #expect(sent?["Value"] as? String == "x")
        #expect(sent?["Options"] == nil)
    }
}
