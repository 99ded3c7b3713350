import Foundation
import OrderKit
@testable import Providers
import Testing

/// A Checkbox parameter of several options (the catalog's `optionsList`) is a multi-select
/// whose value is the list of the ticked options' values, as the reference's parameter
/// types show; its value is read tolerantly and sent back as a list.
@Suite struct MPTCheckboxTests {
    private static let addOns = "PRM-7301-0001-0010"

    private static func parameter(_ json: String) throws -> MPTParameter {
        MPTMapping.parameter(try JSONDecoder().decode(MPTParameterPayload.self, from: Data(json.utf8)))
    }

    @Test func optionsObjectOrListMakeAMultiSelectAndOddValuesStillRead() throws {
        let object = #""options": {"name": "Add-ons", "optionsList": [{"label": "Archive", "value": "archive"}, {"label": "Journaling", "value": "journaling"}]}"#
        let list = #""options": [{"label": "Archive", "value": "archive"}, {"label": "Journaling", "value": "journaling"}]"#
        for options in [object, list] {
            let read = try Self.parameter(#"{"id": "PRM-1", "name": "Add-ons", "type": "Checkbox", \#(options), "value": ["journaling", 7, true, null]}"#)
            #expect(read.field.kind == .selections)
            #expect(read.field.choices.map(\.id) == ["archive", "journaling"])
            #expect(CustomField.selections(in: read.field.value) == ["journaling", "7", "true"])
            #expect(!read.field.readOnly)
        }
        let values: [(String, [String])] = [(#""archive""#, ["archive"]), (#""""#, []), (#""false""#, []), ("null", []),
                                            ("false", []), ("3", ["3"])]
        for (value, ticked) in values {
            let read = try Self.parameter(#"{"id": "PRM-1", "type": "Checkbox", \#(object), "value": \#(value)}"#)
            #expect(CustomField.selections(in: read.field.value) == ticked, "value \(value)")
        }
        let objectValue = try Self.parameter(#"{"id": "PRM-1", "type": "Checkbox", \#(object), "value": {"a": 1}, "displayValue": "A"}"#)
        #expect(objectValue.field.readOnly && objectValue.field.value == "A")
        let oddOptions = try Self.parameter(#"{"id": "PRM-1", "type": "Checkbox", "options": "none", "value": "true"}"#)
        #expect(oddOptions.field.kind == .boolean && oddOptions.field.value == "true")
        let dropDown = try Self.parameter(#"{"id": "PRM-1", "type": "DropDown", \#(object), "value": "archive"}"#)
        #expect(dropDown.field.kind == .choice)
    }

    @Test func theSandboxCheckboxIsEditedAsAListAndRefusesOptionsItLacks() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        var fields = try await client.customFields(orderID: MPTFixture.draftOrder)
        let index = try #require(fields.firstIndex { $0.key == Self.addOns })
        #expect(fields[index].kind == .selections)
        #expect(fields[index].choices.map(\.label) == ["Mailbox migration", "End-user training", "Cloud backup"])
        #expect(fields[index].value == #"["backup"]"#)
        fields[index].value = CustomField.text(of: ["migration", "backup"])
        let updated = try await client.updateCustomFields(orderID: MPTFixture.draftOrder, fields: fields)
        #expect(updated.first { $0.key == Self.addOns }?.value == #"["migration","backup"]"#)
        let raw = try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(MPTFixture.draftOrder)?select=+parameters"))
        let ordering = try #require((raw["parameters"] as? [String: Any])?["ordering"] as? [[String: Any]])
        let sent = try #require(ordering.first { $0["id"] as? String == Self.addOns })
        #expect(sent["value"] as? [String] == ["migration", "backup"])
        #expect(sent["displayValue"] as? String == "Mailbox migration, Cloud backup")
        #expect(((sent["options"] as? [String: Any])?["optionsList"] as? [[String: Any]])?.count == 3)
        fields[index].value = CustomField.text(of: ["gold"])
        await MPTExpect.refused(.rejected, containing: "Add-on Services has no option 'gold'") {
            _ = try await client.updateCustomFields(orderID: MPTFixture.draftOrder, fields: fields)
        }
        await MPTExpect.refused(.rejected, containing: "Add-on Services takes a list of its options' values, not text") {
            _ = try await client.setParameter(orderID: MPTFixture.draftOrder, parameterID: Self.addOns, value: "backup")
        }
    }
}
