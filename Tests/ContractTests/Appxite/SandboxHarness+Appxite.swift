import Foundation
import OrderKit
import Providers
import Sandbox

/// Appxite clients and raw calls for a running sandbox, configured as the `appxite-demo`
/// account the sandbox advertises.
extension SandboxHarness {
    static let appxiteOtherOrganization = "e47b2d90-1c6f-4a38-9d25-7b0e3f8a6c54"
    static let appxiteOffice = "3d800b57-0958-4d86-a6a6-144243908f4f"
    static let appxiteAcronis = "a61c9e27-5d34-4b8f-8e10-c4b7f2d90e35"
    static let appxiteManual = "f0b3a8d1-7c2e-4d95-a6f4-3e1b9c8d2a70"
    /// The offer whose form has every kind of field: location, commitment and tier.
    static let appxiteReserved = "9e4d7a18-2b6c-4f05-8d3a-71c0e5b94f26"

    var appxiteAccount: SandboxAccount { endpoint.accounts.first { $0.name == "appxite-demo" }! }
    var appxiteOrganization: String { appxiteAccount.settings["organization_id"]! }

    func appxiteTransport() -> HTTPTransport {
        HTTPTransport(account: "appxite-test", baseURL: endpoint.baseURL(.appxite), timeout: 10,
                      observer: { [requests] in requests.record($0) })
    }

    func appxiteClient(bearerToken: String = DemoCredentials.bearerToken,
                       subscriptionKey: String = DemoCredentials.subscriptionKey,
                       organizationID: String? = nil, approver: Bool = false) -> AppxiteClient {
        let account = appxiteAccount
        return AppxiteClient(transport: appxiteTransport(), bearer: .token(bearerToken), subscriptionKey: subscriptionKey,
                             organizationID: organizationID ?? account.settings["organization_id"]!,
                             referer: account.settings["referer"]!, approver: approver)
    }

    /// The headers the document requires, as the demo account sends them.
    var appxiteHeaders: [(String, String)] {
        [("Authorization", "Bearer \(DemoCredentials.bearerToken)"),
         ("Ocp-Apim-Subscription-Key", DemoCredentials.subscriptionKey), ("api-version", "3.1"),
         ("X-On-Behalf-Of", appxiteOrganization), ("Referer", appxiteAccount.settings["referer"]!)]
    }

    /// The required headers with `name` left out, or set to `value` when one is given.
    func appxiteHeaders(_ name: String, _ value: String? = nil) -> [(String, String)] {
        appxiteHeaders.compactMap { header in
            guard header.0 == name else { return header }
            return value.map { (name, $0) }
        }
    }

    /// A raw call under `/appxite`, for refusals a well-behaved client never provokes.
    func appxiteRaw(_ method: APIRequest.Method, _ path: String, body: String? = nil,
                    headers: [(String, String)]? = nil) async throws -> APIResponse {
        try await appxiteTransport().send(APIRequest(method, path, headers: (headers ?? appxiteHeaders)
                                                        + [("Content-Type", "application/json")],
                                                     body: body.map { Data($0.utf8) }))
    }

    /// A cart line for `offerID` with a fresh order item id.
    func appxiteLine(_ offerID: String = appxiteOffice, quantity: Int = 3,
                     parameters: [String: String] = [:]) -> CartLine {
        CartLine(id: UUID().uuidString.lowercased(), offerID: offerID, name: "line", quantity: quantity,
                 parameters: parameters)
    }

    func appxiteCart(_ lines: [CartLine]) -> LocalCart {
        LocalCart(id: UUID().uuidString, account: "appxite-test", customerID: appxiteOrganization,
                  customerName: appxiteOrganization, lines: lines, createdAt: Date())
    }

    /// The body of `POST /orders/` for the seed's example offer with a fresh item id.
    func appxiteAddBody(itemID: String = UUID().uuidString, quantity: String = "1", extra: String = "",
                        orderID: String? = nil) -> String {
        let order = orderID.map { #""OrderId": "\#($0)", "# } ?? ""
        return #"{\#(order)"OfferId": "\#(Self.appxiteOffice)", "OrderItemId": "\#(itemID)", "FormData": {"quantityBox1": \#(quantity), \#(extra)"ChargePeriod": {"offerId": "\#(Self.appxiteOffice)", "offerRulePricingId": "57066ba2-04e7-4610-8517-cff8d1953104", "pricingFrequency": "Monthly", "offerRuleFrequency": "Monthly", "offerRuleCustomFrequencyMonths": 1}}}"#
    }

    func appxiteJSON(_ response: APIResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: response.body) as? [String: Any] ?? [:]
    }
}
