import Foundation
import Hummingbird
import HummingbirdTesting
import Sandbox
import Testing

/// The Adility sandbox's voucher rules as a router: every voucher carries the four fields a
/// consumer redeems with in XML as in JSON, and cancelling an order cancels all of them.
@Suite struct AdilitySandboxTests {
    private let xml: HTTPFields = [HTTPFields.Element.Name("X-ADILITY-API-KEY")!: DemoCredentials.apiKey,
                                   .accept: "application/xml", .contentType: "application/xml"]

    private func element(_ name: String, in text: String) -> [String] {
        text.matches(of: try! Regex("<\(name)>([^<]*)</\(name)>")).map { String($0.output[1].substring ?? "") }
    }

    @Test func xmlVouchersCarryCodeBarcodePrintURLAndStatus() async throws {
        let app = Application(router: SandboxServer(options: SandboxOptions(clock: ManualClock(), undocumentedLists: true)).makeRouter())
        try await app.test(.router) { client in
            let body = "<order><order_number>x-1</order_number><customer_name>Ada</customer_name><items><item>"
                + "<offer_id>deal-sf-spa</offer_id><quantity>2</quantity></item></items></order>"
            let placed = try await client.execute(uri: "/adility/orders", method: .post, headers: xml,
                                                  body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                return String(buffer: response.body)
            }
            let voucherXML = try #require(placed.firstRange(of: "<vouchers>").map { String(placed[$0.lowerBound...]) })
            #expect(element("redemption_code", in: voucherXML).count == 2)
            #expect(element("barcode", in: voucherXML).allSatisfy { $0.count == 13 && $0.allSatisfy(\.isNumber) })
            #expect(element("print_url", in: voucherXML).allSatisfy { $0.hasSuffix("/print") })
            #expect(element("status", in: voucherXML) == ["acquired", "acquired"])

            let id = try #require(element("id", in: placed).first)
            let cancelled = try await client.execute(uri: "/adility/orders/\(id)", method: .put, headers: xml,
                                                     body: ByteBuffer(string: "<order><status>cancelled</status></order>")) {
                String(buffer: $0.body)
            }
            #expect(element("status", in: cancelled) == ["cancelled", "cancelled", "cancelled"])
            #expect(element("cancelled_at", in: cancelled).count == 2)
        }
    }
}
