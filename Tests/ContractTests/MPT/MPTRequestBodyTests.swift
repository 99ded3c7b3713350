import Foundation
import OrderKit
@testable import Providers
import Testing

/// The bodies the client sends to create orders, against request bodies shaped as the
/// reference shows them (`Reference/mpt`, our own ids): a Purchase as SoftwareOne's own
/// client creates one (`agreement{licensee, product}` and `authorization`), and a Change as
/// the OpenAPI `OrderLine` allows (no public example has one; a Termination is a Change to
/// quantity 0). The client must send every field the reference's body names for what it
/// does, and nothing the reference's body lacks.
@Suite struct MPTRequestBodyTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Reference/mpt")

    private func paths(_ data: Data) throws -> Set<String> {
        func walk(_ value: Any, _ prefix: String) -> [String] {
            switch value {
            case let object as [String: Any]:
                return object.flatMap { key, inner in [prefix + key] + walk(inner, prefix + key + ".") }
            case let list as [Any]:
                return list.flatMap { walk($0, String(prefix.dropLast()) + "[].") }
            default:
                return []
            }
        }
        return Set(walk(try JSONSerialization.jsonObject(with: data), ""))
    }

    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Self.folder.appendingPathComponent(name + ".json"))
    }

    @Test func purchaseNamesTheAgreementsLicenseeAndProductAndTheAuthorization() throws {
        let authorization = MPTAuthorizationPayload(id: "AUT-5501-2044", name: "Design Suite EU",
                                                    product: MPTReferencePayload(id: "PRD-5501-2044"))
        let request = MPTClient.purchase(customerID: "LCE-5501-2044-0010", authorization: authorization,
                                         externalClientID: "ordercon-5501-0001")
        let sent = try paths(try JSONEncoder().encode(request))
        let reference = try paths(try fixture("purchase-request"))
        #expect(sent.isSubset(of: reference), "not in the reference: \(sent.subtracting(reference).sorted())")
        #expect(sent.isSuperset(of: ["type", "agreement.licensee.id", "agreement.product.id", "authorization.id"]))
        #expect(!sent.contains("licensee"))
        let body = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any])
        let agreement = try #require(body["agreement"] as? [String: [String: String]])
        #expect(agreement == ["licensee": ["id": "LCE-5501-2044-0010"], "product": ["id": "PRD-5501-2044"]])
        #expect(body["authorization"] as? [String: String] == ["id": "AUT-5501-2044"])
    }

    @Test func changeAndTerminationLinesNameSubscriptionAndItemWithBothQuantities() throws {
        let subscription = MPTAgreement.Subscription(id: "SUB-5501-2044-0200", itemID: "ITM-5501-2044-0001",
                                                     name: "Design Suite", quantity: 6, status: "Active")
        let reference = try paths(try fixture("change-request"))
        for (type, quantity) in [("Change", 9), ("Termination", 0)] {
            let request = MPTOrderRequest(type: type, agreement: .init(id: "AGR-5501-2044-0100"),
                                          lines: [MPTSubscriptionChange(subscription, to: quantity).line],
                                          externalIds: MPTExternalIDsPayload(client: "ordercon-5501-0002"))
            let data = try JSONEncoder().encode(request)
            let sent = try paths(data)
            #expect(sent.isSubset(of: reference), "\(type): \(sent.subtracting(reference).sorted())")
            #expect(sent.isSuperset(of: ["agreement.id", "lines[].item.id", "lines[].subscription.id", "lines[].quantity",
                                         "lines[].oldQuantity"]), "\(type)")
            let line = try #require(((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["lines"] as? [[String: Any]])?.first)
            #expect(line["quantity"] as? Int == quantity && line["oldQuantity"] as? Int == 6, "\(type)")
        }
    }

    /// A Purchase draft's agreement has its licensee and product but no id yet: the order
    /// still reads, its customer being the licensee.
    @Test func purchaseDraftWhoseAgreementHasNoIdYetReads() throws {
        let data = try fixture("purchase-draft")
        let payload = try JSONDecoder().decode(MPTOrderPayload.self, from: data)
        #expect(payload.agreement == nil && payload.licensee?.id == "LCE-5501-2044-0010")
        let order = try MPTReader.order(from: data, account: "ref", what: "purchase draft")
        #expect(order.customerID == "LCE-5501-2044-0010" && order.customerName == "Nordlicht AG")
        #expect(order.phase == .draft)
    }
}
