import Foundation
import OrderKit
@testable import Providers
import Testing

/// Answers shaped as the public reference shows them (`Reference/mpt`, our own ids, names
/// and amounts): the `$meta` envelope with `omitted`, untyped parameter values, agreement
/// subscriptions as references with the quantities on the subscriptions' lines, and RFC 7807
/// problems with the code in `type`. The client's readers must take each as it is; the
/// sandbox never reads these files.
@Suite struct MPTReferenceFixtureTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Reference/mpt")

    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(name + ".json"))
    }

    @Test func everyFixtureIsReadHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(files == ["agreements-page.json", "change-request.json", "order-address.json", "order.json",
                          "orders-page.json", "problem.json",
                          "purchase-draft.json", "purchase-request.json", "subscriptions-page.json"])
    }

    @Test func ordersPageReadsEveryOrderWithItsPagesAndTypes() throws {
        let page = try MPTOrderPage(body: try fixture("orders-page"), firstPosition: 1, account: "ref", now: Date())
        #expect(page.unreadable.isEmpty)
        #expect(page.total == 3 && page.limit == 100 && page.count == 3)
        #expect(page.orders.map(\.id) == ["ORD-5501-2044-0001", "ORD-5501-2044-0002", "ORD-5501-2044-0003"])
        #expect(page.orders.map(\.phase) == [.completed, .processing, .draft])
        #expect(page.orders.map(\.customerName) == ["Nordlicht AG", "Design Suite for Nordlicht AG", nil])
        #expect(page.orders.map(\.customerID) == ["LCE-5501-2044-0010", "AGR-5501-2044-0100", "AGR-5501-2044-0100"])
        #expect(page.orders.map(\.total) == [Money(amount: 74, currency: "EUR"), Money(amount: 111, currency: "EUR"), nil])
        #expect(page.orders[1].items.map(\.quantity) == [6])
        #expect(page.orders[1].items.first?.unitPrice == Money(amount: Decimal(string: "18.5")!, currency: "EUR"))
        #expect(page.orders.allSatisfy { $0.createdAt != nil && $0.degraded.isEmpty })
        #expect(page.orders[0].createdAt == ISO8601DateFormatter().date(from: "2026-10-04T08:15:00Z"))
    }

    @Test func orderWithUntypedParameterValuesDecodesAndShowsTheirDisplayValues() throws {
        let body = try fixture("order")
        let order = try MPTReader.order(from: body, account: "ref", what: "order")
        #expect(order.status == "Querying" && order.phase == .awaitingApproval)
        #expect(order.items.map(\.quantity) == [12])
        #expect(MPTClient.externalClientID(of: order) == "hafenblick-2026-11")
        let quote = try MPTReader.quote(from: body, what: "order")
        #expect(quote.total == Money(amount: Decimal(string: "38.4")!, currency: "EUR"))
        #expect(quote.note == "Monthly sale price; 460.80 EUR per year")

        let payload = try PayloadDecoder.decode(MPTOrderPayload.self, from: body, what: "order")
        let ordering = try #require(payload.parameters?.ordering).map(MPTMapping.parameter)
        #expect(ordering.map(\.shownValue) == ["hafenblick.example", "Jonas Kral, jonas.kral@hafenblick.example",
                                               "Archive, Journaling", ""])
        #expect(ordering.map { $0.structuredValue != nil } == [false, true, true, false])
        let fields = ordering.map(\.field)
        #expect(fields.map(\.readOnly) == [false, true, true, false])
        #expect(fields[1].error == "The email bounces.")
        #expect(fields[2].kind == .text && fields[2].choices.isEmpty)
        let site = try #require(payload.parameters?.fulfillment?.first.map(MPTMapping.parameter))
        #expect(site.shownValue == "Kaistrasse 3, 24103 Kiel, DE")

        let waiting = try #require(MPTDetailSections.sections(payload).first)
        #expect(waiting.rows.last == .init("Billing contact", "Jonas Kral, jonas.kral@hafenblick.example: The email bounces.",
                                          tone: .warning))
    }

    @Test func agreementSubscriptionsAreReferencesWithQuantitiesOnTheirLines() throws {
        let agreements = try PayloadDecoder.decode(MPTPagePayload<MPTAgreementPayload>.self,
                                                   from: try fixture("agreements-page"), what: "agreements").data
        let subscriptions = try PayloadDecoder.decode(MPTPagePayload<MPTSubscriptionPayload>.self,
                                                      from: try fixture("subscriptions-page"), what: "subscriptions").data
        let agreement = try #require(agreements.first.map { MPTMapping.agreement($0, subscriptions: subscriptions) })
        #expect(agreement.subscriptions == [
            .init(id: "SUB-5501-2044-0001", itemID: "ITM-5501-0001-0001-0001", name: "Vector Studio", quantity: 4,
                  status: "Active"),
            .init(id: "SUB-5501-2044-0002", itemID: "ITM-5501-0001-0001-0003", name: "Photo Lab", quantity: 1,
                  status: "Terminated"),
        ])
        let unread = try #require(agreements.first.map { MPTMapping.agreement($0, subscriptions: []) })
        #expect(unread.subscriptions.map(\.status) == ["", ""])
    }

    @Test func problemKeepsCodePropertiesAndTraceId() throws {
        let problem = try JSONDecoder().decode(MPTProblemPayload.self, from: try fixture("problem"))
        #expect(problem.code == "MPTCOM03-0078")
        #expect(problem.summary == "MPTCOM03-0078: The order cannot be processed: The email bounces.; lines[0].quantity: Quantity must be at least 1. (traceId 00-5501aa0000000000000000000000b2c3-5501aa00b2c3d4e5-01)")
    }
}
