import Foundation
import OrderKit
@testable import Providers
import Testing

/// The client reading reference-shaped answers (`Reference/adobe/`): one malformed order
/// never hides its page, one bad field degrades only itself, prices only on complete orders,
/// and side lookups that fail leave ids instead of names.
@Suite struct AdobeTolerantReadingTests {
    private static let history = "/v3/customers/\(AdobeReferenceServer.customerID)/orders"
    private static let customer = "/v3/customers/\(AdobeReferenceServer.customerID)"

    /// History in two pages, the customer as the fixture has it, everything else refused.
    private static func answers(customerFails: Bool = false) -> AdobeReferenceServer.Answer {
        { seen in
            switch (seen.method, seen.path) {
            case ("GET", Self.history):
                return AdobeReferenceServer.ok(seen.query("offset") == ["3"] ? "history-page-2.json" : "history-page-1.json")
            case ("GET", Self.customer):
                return customerFails ? AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
                    : AdobeReferenceServer.ok("customer.json")
            case ("GET", "\(Self.history)/7100000040"):
                return AdobeReferenceServer.ok("order-1002.json")
            default:
                return AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
            }
        }
    }

    @Test func aMalformedOrderIsListedAsUnreadableAndTheRestOfEveryPageShows() async throws {
        let server = await AdobeReferenceServer.start(Self.answers())
        let list = try await server.client().orderList(stage: .all)

        #expect(list.orders.map(\.id) == ["7100000031", "7100000033", "7100000035"])
        #expect(list.unreadable.map(\.position) == [2, 5])
        #expect(list.unreadable.first?.reason == "orderId: absent")
        #expect(list.unreadable.last?.reason == "expected an order object, got text")
        #expect(list.pages == PagesRead(read: 2, total: 2))
        #expect(list.stoppedEarly == nil)
        #expect(list.orders.allSatisfy { $0.customerName == "Larkspur Academy" && $0.customerID == "2200000044" })

        let badDate = try #require(list.orders.first { $0.id == "7100000033" })
        #expect(badDate.createdAt == nil && badDate.degraded["creationDate"] != nil)
        #expect(badDate.status == "1002" && badDate.phase == .processing)
        #expect(badDate.total == nil && badDate.items.map(\.unitPrice) == [nil], "a pending order is never priced at 0")

        let complete = try #require(list.orders.first)
        #expect(complete.total == Money(amount: Decimal(string: "482.00")!, currency: "EUR"))
        #expect(complete.items.first?.unitPrice == Money(amount: Decimal(string: "120.50")!, currency: "EUR"))
        #expect(complete.degraded.isEmpty)
        #expect(list.orders.last?.items.map(\.quantity) == [1], "a quantity sent as text is read")
        #expect(list.orders.last?.items.map(\.name) == ["65304999CA01A12"], "a price list that fails leaves offer ids")
    }

    @Test func everyPageAsksFromTheCustomersCreationWithPrices() async throws {
        let server = await AdobeReferenceServer.start(Self.answers())
        _ = try await server.client().orderList(stage: .all)
        let pages = server.requests("GET", Self.history)
        #expect(pages.count == 2)
        for page in pages {
            #expect(page.query("start-date") == ["2024-03-14"])
            #expect(page.query("fetch-price") == ["true"])
        }
        #expect(pages.first?.query("limit") == ["100"])
        #expect(pages.last?.query("offset") == ["3"], "links.next is followed")
        #expect(server.requests("GET", Self.customer).count == 1)
    }

    @Test func aCustomerThatCannotBeReadLeavesNamesEmptyAndSaysOrdersMayBeMissing() async throws {
        let server = await AdobeReferenceServer.start(Self.answers(customerFails: true))
        let list = try await server.client().orderList(stage: .all)
        #expect(list.orders.count == 3)
        #expect(list.orders.allSatisfy { $0.customerName == nil && $0.customerLabel == "#2200000044" })
        #expect(list.stoppedEarly?.contains("current term") == true)
        #expect(list.lookupFailures.contains { $0.hasPrefix("customer 2200000044 (name, segment, creation date): ") },
                "\(list.lookupFailures)")
        #expect(server.requests("GET", Self.history).allSatisfy { $0.query("start-date").isEmpty })
    }

    @Test func aSingleOrderWhosePriceListFailsShowsOfferIDsAndNoPrice() async throws {
        let server = await AdobeReferenceServer.start(Self.answers())
        let order = try await server.client().order(id: "7100000040")
        #expect(order.status == "1002" && order.customerName == "Larkspur Academy")
        #expect(order.items.map(\.name) == ["65304999CA01A12"])
        #expect(order.items.map(\.id) == ["3"])
        #expect(order.total == nil && order.items.first?.unitPrice == nil)
        #expect(server.requests("GET", "\(Self.history)/7100000040").first?.query("fetch-price") == ["true"])
    }

    @Test func fixturesReadWithoutAClient() throws {
        let profile = try AdobeCustomerProfile.read(AdobeReferenceServer.fixture("customer.json"))
        #expect(profile == AdobeCustomerProfile(companyName: "Larkspur Academy", marketSegment: "EDU",
                                                creationDate: Date(timeIntervalSince1970: 1_710_433_200)))
        let error = try JSONDecoder().decode(AdobeErrorPayload.self, from: AdobeReferenceServer.fixture("error-1117.json"))
        #expect(error.summary == "Adobe 1117 invalid fields — Some fields are invalid: lineItems[0].quantity, lineItems[1].offerId")
        let preview = AdobeReferenceServer.fixture("preview-best-level.json")
        #expect(throws: OrderError.malformedResponse(detail: "preview: Adobe answered a preview, not an order")) {
            try AdobeReader.order(from: preview, account: "a", customerName: nil, what: "preview")
        }
    }

    /// The order's pricing state comes from its status and `pricingSummary`: a complete
    /// order in one currency is priced; in two, Adobe gives no total; without a readable
    /// summary the price was not read, and says which field; a pending one is priced when
    /// complete and a failed one never.
    @Test(arguments: [
        (#""status": "1000""#, #""pricingSummary": ["#, Pricing.priced),
        (#""status": "1000""#, #""pricingSummary": [{ "totalLineItemPartnerPrice": 12.00, "currencyCode": "USD" }, "#,
         Pricing.notPriced(reason: "the order is in more than one currency")),
        (#""status": "1000""#, #""noSummary": ["#, Pricing.lookupFailed(reason: "the answer carries no pricingSummary")),
        (#""status": "1000""#, #""pricingSummary": [{ "totalLineItemPartnerPrice": "lots", "currencyCode": "EUR" }], "ignored": ["#,
         Pricing.lookupFailed(reason: "pricingSummary[0].totalLineItemPartnerPrice: not a number: \"lots\"")),
        (#""status": "1002""#, #""pricingSummary": ["#, Pricing.pricedWhenComplete),
        (#""status": "1004""#, #""pricingSummary": ["#, Pricing.notPriced(reason: "it prices complete (1000) orders only")),
    ])
    func anOrdersPricingSaysWhetherAdobePricedIt(status: String, summary: String, pricing: Pricing) throws {
        let text = String(decoding: AdobeReferenceServer.fixture("renewal-1000.json"), as: UTF8.self)
            .replacingOccurrences(of: #""status": "1000",\#n  "source""#, with: "\(status),\n  \"source\"")
            .replacingOccurrences(of: #""pricingSummary": ["#, with: summary)
        let order = try AdobeReader.order(from: Data(text.utf8), account: "a", customerName: nil, what: "order")
        #expect(order.pricing == pricing)
        #expect(order.displayTotal == (pricing == .priced ? Money(amount: 1180, currency: "EUR") : nil))
    }

    /// The reference spells the summary's total (and a line's prorated price) two ways:
    /// `totalLineItemPartnerPrice` where orders are read, `totalLineItemPrice` in its resource
    /// table. An order priced in the second spelling shows its total and line totals; where
    /// both are sent, the documented one wins.
    @Test func theOtherSpellingOfThePricingSummaryTotalIsRead() throws {
        let fixture = AdobeReferenceServer.fixture("order-1000-totalLineItemPrice.json")
        let order = try AdobeReader.order(from: fixture, account: "a", customerName: nil, what: "order")
        #expect(order.pricing == .priced && order.degraded.isEmpty)
        #expect(order.displayTotal == Money(amount: Decimal(string: "448.14")!, currency: "EUR"))

        let payload = try AdobeOrderPayload.read(fixture, what: "order")
        #expect(payload.pricingSummary?.map(\.total) == [Decimal(string: "448.14")!])
        let quote = AdobeMapping.quote(payload, names: [:])
        #expect(quote.total == Money(amount: Decimal(string: "448.14")!, currency: "EUR"))
        #expect(quote.lines.map(\.total) == [Money(amount: Decimal(string: "306.15")!, currency: "EUR"),
                                             Money(amount: Decimal(string: "141.99")!, currency: "EUR")])

        let both = String(decoding: fixture, as: UTF8.self)
            .replacingOccurrences(of: #""totalLineItemPrice": 448.14"#,
                                  with: #""totalLineItemPartnerPrice": 450.00, "totalLineItemPrice": 448.14"#)
        let preferred = try AdobeReader.order(from: Data(both.utf8), account: "a", customerName: nil, what: "order")
        #expect(preferred.displayTotal == Money(amount: 450, currency: "EUR"))
    }

    @Test func aNextLinkThatCannotBeFollowedEndsTheListAndSaysSo() async throws {
        let elsewhere = String(decoding: AdobeReferenceServer.fixture("history-page-1.json"), as: UTF8.self)
            .replacingOccurrences(of: #""uri": "/v3/customers/2200000044/orders?offset=3&limit=3""#,
                                  with: #""uri": "https://elsewhere.example/v3/customers/2200000044/orders?offset=3""#)
        let server = await AdobeReferenceServer.start { seen in
            switch (seen.method, seen.path) {
            case ("GET", Self.history): (200, Data(elsewhere.utf8))
            case ("GET", Self.customer): AdobeReferenceServer.ok("customer.json")
            default: AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
            }
        }
        let list = try await server.client().orderList(stage: .all)
        #expect(list.orders.map(\.id) == ["7100000031", "7100000033"])
        #expect(list.pages == PagesRead(read: 1, total: 2))
        #expect(list.stoppedEarly?.hasPrefix("links.next cannot be followed") == true && list.isPartial)

        let broken = await AdobeReferenceServer.start { seen in
            switch (seen.method, seen.path, seen.query("offset")) {
            case ("GET", Self.history, ["3"]): AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
            case ("GET", Self.history, _): AdobeReferenceServer.ok("history-page-1.json")
            case ("GET", Self.customer, _): AdobeReferenceServer.ok("customer.json")
            default: AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
            }
        }
        let partial = try await broken.client().orderList(stage: .all)
        #expect(partial.orders.count == 2 && partial.pages.read == 1)
        #expect(partial.stoppedEarly?.hasPrefix("page 2 of the history could not be read") == true)
        #expect(partial.stoppedEarly?.contains("Adobe 1124 internal error, try again later") == true)
    }

    @Test func aPageThatCannotBeReadIsSkippedByItsOffsetWhenMoreFollow() async throws {
        let longer = String(decoding: AdobeReferenceServer.fixture("history-page-1.json"), as: UTF8.self)
            .replacingOccurrences(of: #""totalCount": 5"#, with: #""totalCount": 7"#)
        let server = await AdobeReferenceServer.start { seen in
            switch (seen.method, seen.path, seen.query("offset")) {
            case ("GET", Self.history, ["0"]): (200, Data(longer.utf8))
            case ("GET", Self.history, ["6"]): AdobeReferenceServer.ok("history-page-2.json")
            case ("GET", Self.customer, _): AdobeReferenceServer.ok("customer.json")
            default: AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
            }
        }
        let list = try await server.client().orderList(stage: .all)
        #expect(list.pages == PagesRead(read: 2, total: 3, skipped: [2]))
        #expect(list.orders.map(\.id) == ["7100000031", "7100000033", "7100000035"])
        #expect(list.unreadable.map(\.position) == [2, 8], "positions count the skipped page")
        #expect(list.stoppedEarly == nil && list.isPartial)
        let skipped = try #require(server.requests("GET", Self.history).last)
        #expect(skipped.query("offset") == ["6"] && skipped.query("start-date") == ["2024-03-14"])
    }
}
