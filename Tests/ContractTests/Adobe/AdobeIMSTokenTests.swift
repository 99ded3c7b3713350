import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// ordercon's Adobe client over the OAuth server-to-server path: a client-credentials token
/// from the sandbox's IMS endpoint, then the partner API with it.
@Suite struct AdobeIMSTokenTests {
    static let scope = "openid,AdobeID,read_organizations"

    static func credentials(_ sandbox: AdobeHarness, secret: String = DemoCredentials.clientSecret) -> BearerSource {
        .clientCredentials(tokenURL: sandbox.tokenURL, clientID: DemoCredentials.clientID, clientSecret: secret,
                           scope: scope)
    }

    @Test func theClientFetchesOneTokenAndReadsWithIt() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(bearer: Self.credentials(sandbox))
        #expect(try await client.customers() == [Customer(id: "9876543210", name: "Northwind Creative Ltd")])
        #expect(try await client.order(id: "5000000001").status == "1000")
        #expect(sandbox.requests.count("POST /adobe/ims/token/v3") == 1)
    }

    /// The sandbox's own `adobe-demo` account (printed by `ordercon sandbox`, embedded in the
    /// zero-config console) is configured as a production one: client id, secret and API key
    /// as secrets, IMS's token URL and scope, no fixed token; and the client reads with it.
    @Test func theSandboxsDemoAccountAuthenticatesThroughIMS() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let account = try #require(sandbox.endpoint.accounts.first { $0.name == "adobe-demo" })
        #expect(account.secrets.keys.sorted() == ["api_key_env", "client_id_env", "client_secret_env"])
        #expect(account.auth == ["token_url": sandbox.tokenURL, "scope": Self.scope])
        let bearer = BearerSource.clientCredentials(tokenURL: try #require(account.auth["token_url"]),
                                                    clientID: try #require(account.secrets["client_id_env"]),
                                                    clientSecret: try #require(account.secrets["client_secret_env"]),
                                                    scope: account.auth["scope"])
        let client = sandbox.client(bearer: bearer, apiKey: try #require(account.secrets["api_key_env"]),
                                    customerID: try #require(account.settings["customer_id"]))
        #expect(try await client.customers() == [Customer(id: "9876543210", name: "Northwind Creative Ltd")])
        #expect(try await client.order(id: "5000000001").status == "1000")
        #expect(sandbox.requests.count("POST /adobe/ims/token/v3") == 1)
    }

    @Test func anExpiredTokenIsReplacedOnceOnItsRefusal() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(bearer: Self.credentials(sandbox))
        _ = try await client.customers()
        sandbox.clock.advance(by: 86_400)
        #expect(try await client.order(id: "5000000001").status == "1000")
        #expect(sandbox.requests.count("POST /adobe/ims/token/v3") == 2)
    }

    @Test func aWrongSecretIsRefusedWithIMSsWordsAndNoPartnerCall() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(bearer: Self.credentials(sandbox, secret: "guessed"))
        await #expect(throws: OrderError.authenticationRefused(
            account: "adobe-test", detail: "the token endpoint said: invalid client_secret parameter")) {
            try await client.customers()
        }
        #expect(sandbox.requests.count("GET /v3/customers/9876543210") == 0)
    }

    @Test func theGrantIsCheckedParameterByParameterInOAuthsErrorShape() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let cases: [(form: String, status: Int, error: String, description: String)] = [
            ("client_id=sandbox-client&client_secret=sandbox-secret&scope=openid", 400, "invalid_request",
             "missing grant_type parameter"),
            ("grant_type=password&client_id=sandbox-client&client_secret=sandbox-secret&scope=openid", 400,
             "unsupported_grant_type", "grant_type must be client_credentials for an OAuth server-to-server credential"),
            ("grant_type=client_credentials&client_id=someone&client_secret=sandbox-secret&scope=openid", 401,
             "invalid_client", "invalid client_id parameter"),
            ("grant_type=client_credentials&client_id=sandbox-client&scope=openid", 400, "invalid_request",
             "missing client_secret parameter"),
            ("grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret", 400,
             "invalid_request", "missing scope parameter"),
        ]
        for sent in cases {
            let response = try await Self.post(sandbox, form: sent.form)
            #expect(response.status == sent.status, "\(sent.form)")
            #expect(response.object["error"] as? String == sent.error, "\(sent.form)")
            #expect(response.object["error_description"] as? String == sent.description, "\(sent.form)")
        }
    }

    @Test func aTokenAnswersItsTypeAndLifetimeAndTheClientIDMayTravelInTheQuery() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await Self.post(sandbox, query: [("client_id", "sandbox-client")],
                                           form: "grant_type=client_credentials&client_secret=sandbox-secret&scope=openid%2CAdobeID")
        #expect(response.status == 200)
        #expect(response.object["token_type"] as? String == "bearer")
        #expect(response.object["expires_in"] as? Int == 86_399)
        let token = try #require(response.object["access_token"] as? String)
        #expect(try await sandbox.client(token: token).customers().count == 1)
        sandbox.clock.advance(by: 86_399)
        #expect(try await sandbox.raw(.get, "/v3/customers/9876543210", headers: ["Authorization": "Bearer \(token)"]).status == 401)
    }

    private static func post(_ sandbox: AdobeHarness, query: [(String, String)] = [],
                             form: String) async throws -> APIResponse {
        try await HTTPTransport(account: "adobe-ims", baseURL: sandbox.endpoint.origin)
            .send(APIRequest(.post, "/adobe/ims/token/v3", query: query, headers: [("Content-Type", "application/x-www-form-urlencoded"),
                                                    ("Accept", "application/json")], body: Data(form.utf8)))
    }
}
