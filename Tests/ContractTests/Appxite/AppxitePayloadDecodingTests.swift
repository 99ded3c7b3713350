import Foundation
import OrderKit
@testable import Providers
import Testing

/// The payload parts the item forms, operations and details read.
@Suite struct AppxitePayloadDecodingTests {
    @Test func operationsAreReadBackFromAListedOrdersRawPayload() throws {
        let page = Data(#"{"TotalCount": 2, "Items": [{"OrderId": "AX-1", "Status": "cart", "Operations": ["update", "create_quote"]}, {"OrderId": "AX-2", "Status": "provision_finished", "Operations": []}]}"#.utf8)
        let read = try AppxiteReader.page(from: page, firstPosition: 1) { AppxiteMapping.order($0, account: "t") }
        #expect(read.count == 2 && read.total == 2)
        let raws = read.orders.compactMap(\.rawPayload)
        #expect(raws.count == 2)
        #expect(AppxiteReader.operations(inRaw: raws[0]) == ["update", "create_quote"])
        #expect(AppxiteReader.operations(inRaw: raws[1]).isEmpty)
        #expect(AppxiteReader.operations(inRaw: #"{"operations": ["delete"]}"#) == ["delete"])
        #expect(AppxiteReader.operations(inRaw: "[1]").isEmpty)
    }

    @Test func anItemCarriesItsSubscriptionAndAnOrderItsScheduledDay() throws {
        let json = #"{"OrderId": "AX-1", "OrganizationId": "org", "Status": "scheduled", "CreatedAt": "2026-11-20T10:00:00Z", "Operations": [], "ScheduledFor": "2026-12-01T00:00:00Z", "Items": [{"OrderItemId": "i", "OfferId": "o", "Quantity": 1, "Status": "provision_finished", "SubscriptionId": "SUB-i", "SubscriptionStatus": "active", "FormData": {"quantityBox1": 1, "ChargePeriod": {"offerId": "o", "offerRulePricingId": "p", "pricingFrequency": "Monthly", "offerRuleFrequency": "Monthly", "offerRuleCustomFrequencyMonths": 1}}}]}"#
        let order = try AppxiteReader.order(from: Data(json.utf8), what: "order")
        #expect(order.scheduledFor == Date(timeIntervalSince1970: 1_796_083_200))
        #expect(order.items.first?.subscriptionID == "SUB-i")
        #expect(order.items.first?.subscriptionStatus == "active")
    }

    @Test func anOfferFormWithoutBoundsStillMakesALineForm() throws {
        let json = #"{"OfferId": "o", "Name": "Offer", "Form": {"QuantityKey": "quantityBox3", "ChargePeriods": [{"offerRulePricingId": "p", "pricingFrequency": "Monthly", "offerRuleFrequency": "Monthly", "offerRuleCustomFrequencyMonths": 1}], "Fields": [{"Key": "tier", "Options": [{"Id": 4, "Name": "Gold"}]}]}}"#
        let offer = try PayloadDecoder.decode(AppxiteOfferPayload.self, from: Data(json.utf8), what: "offer")
        let form = AppxiteLineForm.form(for: offer)
        #expect(form.fields.map(\.key) == ["quantityBox3", "ChargePeriod", "tier"])
        #expect(form.fields[0].minimum == 1 && form.fields[0].maximum == nil)
        #expect(form.fields[1].choices.map(\.label) == ["Monthly billing, Monthly term (1 months)"])
        #expect(form.fields[2].name == "tier" && form.fields[2].value == "4")
    }
}
