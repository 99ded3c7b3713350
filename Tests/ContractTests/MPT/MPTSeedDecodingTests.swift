import Foundation
import OrderKit
@testable import Providers
import Testing

/// The seed document's example payloads (Seeds/mpt, made valid by removing only `//`
/// comments and `...` placeholders) decode with the client's wire types and map right.
@Suite struct MPTSeedDecodingTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Seeds/mpt")

    private func seed<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        try PayloadDecoder.decode(type, from: try Data(contentsOf: Self.folder.appendingPathComponent(name + ".json")),
                                  what: name)
    }

    @Test func everySeedFileIsDecodedHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(files == ["agreement.json", "assignee.json", "audit.json", "authorization.json", "error.json",
                          "externalIds.json", "lines.json", "listing.json", "order.json", "parameters-fulfillment.json",
                          "parameters-ordering.json", "price.json", "statusNotes.json", "subscriptions.json",
                          "template.json"])
    }

    @Test func orderExampleMapsToProcessing() throws {
        let payload = try seed("order", as: MPTOrderPayload.self)
        let order = try MPTReader.order(from: try Data(contentsOf: Self.folder.appendingPathComponent("order.json")),
                                        account: "seed", what: "order")
        #expect(order.id == "ORD-6869-4529-8975-9005")
        #expect(order.status == "Processing")
        #expect(order.phase == .processing)
        #expect(order.customerID == "AGR-2119-4550-8674-5962")
        #expect(order.customerName == "Microsoft Office 365 NCE E1")
        #expect(order.items.map(\.id) == ["ALI-1234-1234-1234-0001", "ALI-1234-1234-1234-0002"])
        #expect(order.items.map(\.phase) == [.processing, .processing])
        #expect(payload.externalIds?.client == "abc-123")
        #expect(payload.statusNotes?.message == "Vendor API is not responding. Try later")
        #expect(payload.notes == "Order for accounting team")
        #expect(payload.audit?.created?.at == nil)
        #expect(order.createdAt == nil)
        #expect(order.degraded == ["audit.created.at": "not a date: \"\""])
        #expect(MPTClient.externalClientID(of: order) == "abc-123")
        let partnerID = try #require(payload.parameters?.ordering?.first.map(MPTMapping.parameter))
        #expect(partnerID.error == "Unknown MS Partner ID")
        #expect(partnerID.required && !partnerID.readOnly && !partnerID.hidden)
        #expect(payload.parameters?.fulfillment?.first?.value == .string("69b73824-ce76-4866-ad47-b615ae9d8998"))
    }

    @Test func lineExamplesMapToTheirOrdersPhase() throws {
        let lines = try seed("lines", as: [MPTLinePayload].self)
        #expect(lines.map(\.item.name) == ["Adobe Illustrator", "Adobe Photoshop"])
        let elements = try ListElements.elements(of: try Data(contentsOf: Self.folder.appendingPathComponent("lines.json")),
                                                 keys: [], what: "lines").list
        #expect(lines.map(\.quantity) == [10, 1])
        #expect(lines.map { $0.subscription?.id } == ["SUB-1234-1234-1234", nil])
        #expect(lines.allSatisfy { $0.price != nil && $0.price?.SPxM == nil })
        for (status, phase) in [("New", Phase.draft), ("Draft", .draft), ("Quoted", .draft),
                                ("Querying", .awaitingApproval), ("Processing", .processing), ("Completed", .completed),
                                ("Failed", .failed), ("Deleted", .cancelled), ("Configuring", .unknown)] {
            let items = elements.compactMap { element -> OrderItem? in
                guard var line = TolerantObject(element, matching: .exact) else { return nil }
                return MPTReader.item(&line, orderStatus: status)
            }
            #expect(items.map(\.phase) == [phase, phase], "\(status)")
        }
    }

    @Test func fieldExamplesDecode() throws {
        #expect(try seed("externalIds", as: MPTExternalIDsPayload.self).operations == "SO-1234-1234-1111")
        #expect(try seed("statusNotes", as: MPTMessagePayload.self).id == "E001234")
        #expect(try seed("error", as: MPTMessagePayload.self).message.hasPrefix("Order has incompatible items"))
        for name in ["agreement", "authorization", "listing", "template", "assignee"] {
            #expect(try seed(name, as: MPTReferencePayload.self).id.isEmpty == false, "\(name)")
        }
        #expect(try seed("subscriptions", as: [MPTReferencePayload].self).map(\.id).count == 3)
        let audit = try seed("audit", as: MPTAuditPayload.self)
        #expect(audit.created != nil && audit.created?.at == nil)
        let price = try seed("price", as: MPTPricePayload.self)
        #expect(price.SPxM == Decimal(string: "13.75"))
        #expect(price.PPxY == 150)
        #expect(price.defaultMarkup == Decimal(string: "0.15"))
        #expect(price.currency == "USD")
        let ordering = try seed("parameters-ordering", as: [MPTParameterPayload].self).map(MPTMapping.parameter)
        #expect(ordering.map(\.externalID) == ["msPartnerId"])
        let fulfillment = try seed("parameters-fulfillment", as: [MPTParameterPayload].self).map(MPTMapping.parameter)
        #expect(fulfillment.map(\.name) == ["Tennant Id"])
        #expect(fulfillment.first?.required == false)
    }
}
