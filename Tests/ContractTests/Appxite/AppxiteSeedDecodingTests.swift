import Foundation
import OrderKit
@testable import Providers
import Sandbox
import Testing

/// The seed document's example payloads, decoded with the client's wire types.
@Suite struct AppxiteSeedDecodingTests {
    private struct Envelope: Decodable {
        var formData: AppxiteFormData
        enum CodingKeys: String, CodingKey { case formData = "FormData" }
    }

    private static func seed(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: folder.appendingPathComponent("Seeds/appxite/\(name)"))
    }

    @Test func seedFormDataDecodesAndMakesACartOrder() async throws {
        let form = try PayloadDecoder.decode(Envelope.self, from: try Self.seed("FormData.json"), what: "seed").formData
        #expect(form.numbers == ["quantityBox1": 1])
        #expect(form.texts == [:])
        #expect(form.chargePeriod == AppxiteChargePeriodPayload(
            offerId: "3d800b57-0958-4d86-a6a6-144243908f4f", offerRulePricingId: "57066ba2-04e7-4610-8517-cff8d1953104",
            pricingFrequency: "Monthly", offerRuleFrequency: "Monthly", offerRuleCustomFrequencyMonths: 1))

        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let body = try JSONEncoder().encode(AppxiteCartAddition(orderID: nil, offerID: form.chargePeriod.offerId,
                                                                itemID: "seed-item", formData: form))
        let response = try await sandbox.appxiteRaw(.post, "/orders/", body: String(decoding: body, as: UTF8.self))
        #expect(response.status == 201)
        let payload = try AppxiteReader.order(from: response.body, what: "cart order")
        #expect(payload.items.first?.formData == form)
        let order = AppxiteMapping.order(payload, account: "appxite-test")
        #expect(order.phase == .cart)
        #expect(order.items.map(\.phase) == [.cart])
    }

    @Test func everyStatusMapsToItsPhaseAndUnknownOnesToUnknown() {
        let table: [(String, Phase)] = [
            ("cart", .cart), ("awaiting_approval", .awaitingApproval), ("Pending approval", .awaitingApproval), ("provision_started", .processing),
            ("provision_finished", .completed), ("provision_failed", .failed), ("cancelled", .cancelled),
            ("scheduled", .draft), ("rejected", .cancelled), ("on_hold", .unknown),
        ]
        for (status, phase) in table {
            #expect(AppxiteMapping.phase(status: status) == phase, "\(status)")
        }
    }

    @Test func formDataWithoutChargePeriodIsAOneLineDecodeError() {
        #expect(throws: OrderError.malformedResponse(detail: "seed: missing field FormData.ChargePeriod")) {
            try PayloadDecoder.decode(Envelope.self, from: Data(#"{"FormData": {"quantityBox1": 1}}"#.utf8), what: "seed")
        }
    }
}
