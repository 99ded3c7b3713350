import Foundation
import OrderKit
@testable import Providers
import Testing

/// The payload parts the line form, the return operation and the details read.
@Suite struct AdobePayloadDecodingTests {
    @Test func deploymentsDecodeWithOrWithoutTheirCountry() throws {
        let json = #"{"totalCount": 3, "items": [{"deploymentId": "12345", "companyProfile": {"address": {"country": "US"}}, "status": "1000"}, {"deploymentId": 777, "companyProfile": "?"}, {"status": "1000"}]}"#
        let page = try AdobeDeploymentPagePayload.read(Data(json.utf8))
        #expect(page.count == 3 && page.totalCount == 3)
        let form = AdobeLineForm.form(currency: "USD", deployments: page.items)
        #expect(form.fields[1].choices.map(\.label) == ["12345 (US)", "777"])
    }

    @Test func whatALineMayStillReturn() throws {
        let decode = { (json: String) in
            try PayloadDecoder.decode(AdobeLineItemPayload.self, from: Data(json.utf8), what: "line").returnable
        }
        #expect(try decode(#"{"extLineItemNumber": 1, "offerId": "o", "quantity": 5, "remainingQuantity": 3, "status": "1000"}"#) == 3)
        #expect(try decode(#"{"extLineItemNumber": 1, "offerId": "o", "quantity": 5, "status": "1000"}"#) == 5)
        #expect(try decode(#"{"extLineItemNumber": 1, "offerId": "o", "quantity": 5, "remainingQuantity": 5, "status": "1008"}"#) == 0)
    }

    @Test func emptyLineParametersAreLeftOffTheWire() throws {
        let line = CartLine(id: "1", offerID: "o", name: "o", quantity: 1,
                            parameters: ["deploymentId": "", "currencyCode": "USD"])
        #expect(AdobeLineForm.value(AdobeLineForm.deploymentKey, of: line) == nil)
        #expect(AdobeLineForm.value(AdobeLineForm.currencyKey, of: line) == "USD")
        #expect(AdobeLineForm.value(AdobeLineForm.discountKey, of: line) == nil)
    }

    @Test func anOrderWithOddFieldsStillDecodesForOperationsAndDetails() throws {
        let json = #"{"orderId": 7, "orderType": "NEW", "status": "1000", "creationDate": "not a date", "lineItems": [{"extLineItemNumber": "1", "offerId": "o", "quantity": "4", "remainingQuantity": 3}, {"offerId": "no number"}], "pricingSummary": [{"totalLineItemPartnerPrice": "12.5", "currencyCode": "USD"}]}"#
        let payload = try AdobeOrderPayload.read(Data(json.utf8), what: "order")
        #expect(payload.orderId == "7" && payload.creationDate == nil)
        #expect(payload.lineItems.map(\.extLineItemNumber) == [1])
        #expect(payload.lineItems.first?.quantity == 4 && payload.lineItems.first?.returnable == 3)
        #expect(payload.pricingSummary?.first?.total == Decimal(string: "12.5"))
        let deep = Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        #expect(throws: OrderError.self) { try AdobeOrderPayload.read(deep, what: "order") }
    }
}
