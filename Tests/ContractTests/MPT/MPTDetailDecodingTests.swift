import Foundation
import OrderKit
@testable import Providers
import Testing

/// The payload parts the detail view and the form read beyond the document's examples:
/// parameter types and options, audit events with actors, and the seed order's sections.
@Suite struct MPTDetailDecodingTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Seeds/mpt")

    @Test func parameterTypesAndOptionsChooseTheFieldKind() throws {
        let payloads = try PayloadDecoder.decode([MPTParameterPayload].self, from: Data("""
            [{"id": "P1", "name": "Level", "type": "DropDown", "value": "b",
              "options": [{"value": "a", "label": "Alpha"}, {"value": "b"}]},
             {"id": "P2", "name": "Start", "type": "Date"}, {"id": "P3", "name": "Seats", "type": "Number"},
             {"id": "P4", "name": "Renew", "type": "Checkbox", "constraints": {"hidden": true}},
             {"id": "P5", "name": "Mail", "type": "Email"}, {"id": "P6", "name": "Plain"}]
            """.utf8), what: "parameters")
        let fields = payloads.map { MPTMapping.parameter($0).field }
        #expect(fields.map(\.kind) == [.choice, .date, .number, .boolean, .text, .text])
        #expect(fields[0].choices == [.init(id: "a", label: "Alpha"), .init(id: "b", label: "b")])
        #expect(fields[0].key == "P1")
        #expect(fields.map(\.hidden) == [false, false, false, true, false, false])
    }

    @Test func auditEventsReadWithTheirActorsWhateverTheirNames() throws {
        let audit = try PayloadDecoder.decode(MPTAuditPayload.self, from: Data("""
            {"created": {"at": "2026-11-01T10:00:00Z", "by": {"id": "USR-1", "name": "Ann"}},
             "completed": {"at": "2026-11-02T10:00:00Z", "by": {"id": "USR-2"}},
             "activated": {"at": "", "by": {}}}
            """.utf8), what: "audit")
        #expect(Set(audit.events.keys) == ["created", "completed", "activated"])
        #expect(audit.created?.by?.name == "Ann")
        #expect(audit.events["completed"]?.by?.id == "USR-2")
        #expect(audit.events["activated"]?.at == nil)
    }

    /// One-time prices (`SPx1`, `PPx1`) show beside the monthly and yearly ones, unless 0.
    @Test func oneTimePricesShowUnlessZero() throws {
        let payload = try PayloadDecoder.decode(MPTOrderPayload.self, from: Data("""
            {"id": "ORD-1", "status": "Draft",
             "price": {"SPxM": 10, "SPxY": 120, "SPx1": 25, "PPxM": 8, "PPx1": 0, "currency": "EUR"}}
            """.utf8), what: "order")
        #expect(MPTDetailSections.prices(payload).rows == [
            .init("Sale per month (SPxM)", "10.00 EUR"), .init("Sale per year (SPxY)", "120.00 EUR"),
            .init("Sale one-time (SPx1)", "25.00 EUR"), .init("Purchase per month (PPxM)", "8.00 EUR"),
        ])
    }

    /// The detail view and the form read amounts and quantities sent as text; a quantity
    /// that is no number still fails, since lines are sent back with theirs.
    @Test func amountsAndQuantitiesAsTextAreRead() throws {
        let payload = try PayloadDecoder.decode(MPTOrderPayload.self, from: Data("""
            {"id": "ORD-1", "status": "Processing", "price": {"SPxM": "15.00", "currency": "EUR"},
             "lines": [{"id": "ALI-1", "item": {"id": "ITM-1", "name": "Relay"}, "quantity": "6", "oldQuantity": "4",
                        "price": {"SPxM": "15.00", "currency": "EUR"}}]}
            """.utf8), what: "order")
        #expect(payload.lines.map(\.quantity) == [6] && payload.lines.map(\.oldQuantity) == [4])
        #expect(MPTDetailSections.prices(payload).rows == [
            .init("Sale per month (SPxM)", "15.00 EUR"), .init("Relay × 6", "15.00 EUR per month"),
        ])
        #expect(throws: (any Error).self) {
            try PayloadDecoder.decode(MPTLinePayload.self, from: Data(#"{"id": "ALI-1", "item": {"id": "ITM-1"}, "quantity": "six"}"#.utf8),
                                      what: "line")
        }
    }

    /// The document's own order: Processing, so nothing waits for the buyer; its status
    /// notes, template and blank audit times show as they are, and the one line that names a
    /// subscription shows it (not yet "created": the order is still processing).
    @Test func documentsOrderExampleGivesItsSections() throws {
        let payload = try PayloadDecoder.decode(MPTOrderPayload.self,
                                                from: try Data(contentsOf: Self.folder.appendingPathComponent("order.json")),
                                                what: "order")
        let sections = MPTDetailSections.sections(payload)
        #expect(sections.map(\.title) == ["Order", "Notes", "Subscriptions", "Prices", "Audit"])
        #expect(sections[1].rows == [
            .init("Notes", "Order for accounting team"),
            .init("Status notes", "ERR-123-123: Vendor API is not responding. Try later"),
            .init("Template", "Activation in Progress"),
        ])
        #expect(sections[2].rows == [.init("SUB-1234-1234-1234", "Adobe Illustrator × 10")])
        #expect(sections[3].rows.first?.label == "Not priced yet")
        #expect(sections[4].rows.map(\.label) == ["activated", "created", "terminated", "updated"])
        #expect(sections[4].rows.allSatisfy { $0.value == "—" })
    }
}
