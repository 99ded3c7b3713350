import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// OAuth password grant: Basic-only client credentials, token refresh on 401.
@Suite struct WhiteLabelAuthTests {
    @Test func expiredTokenIsRefreshedOnceOn401() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        _ = try await client.orders(stage: .all)
        #expect(sandbox.requests.count("POST /whitelabel/oauth/token") == 1)
        _ = try await client.orders(stage: .draft)
        #expect(sandbox.requests.count("POST /whitelabel/oauth/token") == 1)
        sandbox.clock.advance(by: 3601)
        _ = try await client.orders(stage: .draft)
        #expect(sandbox.requests.count("POST /whitelabel/oauth/token") == 2)
        #expect(sandbox.requests.count("GET /api/orders?stage=Draft") == 3)
    }

    @Test func wrongPasswordOrSecretIsAuthenticationRefused() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        for client in [sandbox.client(password: "wrong"), sandbox.client(clientSecret: "wrong"),
                       sandbox.client(username: "mallory")] {
            do {
                _ = try await client.orders(stage: .all)
                Issue.record("bad credentials were accepted")
            } catch let error as OrderError {
                guard case .authenticationRefused(let account, _) = error else {
                    Issue.record("expected authenticationRefused, got \(error)")
                    continue
                }
                #expect(account == "wl-test")
                #expect(!error.message.contains("wrong"))
            }
        }
    }

    @Test func clientCredentialsOnlyAsBasicAuth() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let form = "grant_type=password&username=demo&password=demo&client_id=sandbox-client&client_secret=sandbox-secret"
        let inBody = try await sandbox.raw(.post, "/oauth/token", body: form,
                                           headers: [("Content-Type", "application/x-www-form-urlencoded")])
        #expect(inBody.status == 401)
        #expect(inBody.text.contains("HTTP Basic"))
        let basic = "Basic " + Data("sandbox-client:sandbox-secret".utf8).base64EncodedString()
        let proper = try await sandbox.raw(.post, "/oauth/token", body: "grant_type=password&username=demo&password=demo",
                                           headers: [("Authorization", basic)])
        #expect(proper.status == 200)
        #expect(proper.text.contains("access_token"))
        let otherGrant = try await sandbox.raw(.post, "/oauth/token", body: "grant_type=client_credentials",
                                               headers: [("Authorization", basic)])
        #expect(otherGrant.status == 401)
    }

    @Test func requestsWithoutAValidBearerAre401() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        #expect(try await sandbox.raw(.get, "/api/orders", headers: []).status == 401)
        #expect(try await sandbox.raw(.get, "/api/orders", headers: [("Authorization", "Bearer forged")]).status == 401)
        #expect(try await sandbox.raw(.get, "/api/orders").status == 200)
        let client = WhiteLabelClient(transport: sandbox.transport(), credentials: .token("forged"))
        await #expect(throws: OrderError.authenticationRefused(account: "wl-test",
                                                               detail: "The access token is invalid or has expired")) {
            try await client.orders(stage: .all)
        }
    }
}
