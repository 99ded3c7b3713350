import Foundation
import Headless
import OrderKit
import Providers
import Sandbox

/// One client per provider for a live sandbox, each with an order file it can place.
struct SandboxAccounts {
    let endpoint: SandboxEndpoint
    /// Under the sandbox's hangs, so that they cost little; generous where only the answer
    /// matters, since the whole suite shares two cores.
    var timeout: TimeInterval = 0.5

    static let retry = RetryPolicy(attempts: 3, base: 0.02, cap: 0.1, budget: 0.8)

    func transport(_ account: String, _ provider: ProviderKind) -> HTTPTransport {
        HTTPTransport(account: account, baseURL: endpoint.baseURL(provider), timeout: timeout, retry: Self.retry)
    }

    var all: [(provider: any OrderProvider, file: OrderFile)] {
        let token = DemoCredentials.bearerToken
        let whiteLabelTokenURL = endpoint.baseURL(.whitelabel) + "/oauth/token"
        return [
            (WhiteLabelClient(transport: transport("wl-demo", .whitelabel),
                              credentials: .password(tokenURL: whiteLabelTokenURL, clientID: DemoCredentials.clientID,
                                                     clientSecret: DemoCredentials.clientSecret,
                                                     username: DemoCredentials.username, password: DemoCredentials.password)),
             OrderFile(customerID: "1001", customerName: nil, items: [.init(offer: "MS365-E3", quantity: 2)])),
            (AppxiteClient(transport: transport("appxite-demo", .appxite), bearer: .token(token),
                           subscriptionKey: DemoCredentials.subscriptionKey, organizationID: "8c1f4a52-93d7-4e0b-b6a1-2f5d7c9e0a13",
                           referer: "https://portal.appxite.example"),
             OrderFile(customerID: "8c1f4a52-93d7-4e0b-b6a1-2f5d7c9e0a13", customerName: nil,
                       items: [.init(offer: "3d800b57-0958-4d86-a6a6-144243908f4f", quantity: 2)])),
            (AdobeClient(transport: transport("adobe-demo", .adobe), bearer: .token(token), apiKey: DemoCredentials.apiKey,
                         customerID: "9876543210"),
             OrderFile(customerID: "9876543210", customerName: nil, items: [.init(offer: "65304520CA01A12", quantity: 3)])),
            // The catalog needs a location, as the reference's search does (the sandbox's own config's).
            (AdilityClient(transport: transport("adility-demo", .adility), apiKey: DemoCredentials.apiKey,
                           area: AdilityArea(location: .point(latitude: 39.8283, longitude: -98.5795), radius: 2500)),
             OrderFile(customerID: "soak", customerName: "Soak Tester", items: [.init(offer: "coupon-sf-pastry", quantity: 1)])),
            (MPTClient(transport: transport("mpt-demo", .mpt), token: token),
             OrderFile(customerID: "LCE-1001-2001-0001", customerName: nil,
                       items: [.init(offer: "ITM-5001-0001-0001-0003", quantity: 5)],
                       fields: ["Microsoft Partner ID": "1234567"])),
        ]
    }

    /// The ids of an account's orders past draft: what a placement adds.
    static func placedIDs(_ provider: any OrderProvider) async throws -> Set<String> {
        Set(try await provider.orders(stage: .all).filter { !$0.phase.isUnplaced }.map(\.id))
    }
}
