import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The headers the document requires on every call, refused as API Management does, and
/// the read-cache headers the client never sends.
@Suite struct AppxiteHeaderTests {
    private static let everyEndpoint: [(APIRequest.Method, String)] = [
        (.get, "/products"), (.get, "/orders"), (.get, "/orders/AX-100001"), (.post, "/orders/"),
        (.post, "/orders/operation"), (.post, "/orders/cancel?orderitemid=seed-100001-1"),
    ]

    @Test func everyRequiredHeaderIsEnforcedOnEveryCall() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let cases: [(headers: [(String, String)], status: Int, message: String)] = [
            (sandbox.appxiteHeaders("Ocp-Apim-Subscription-Key"), 401, "Access denied due to missing subscription key"),
            (sandbox.appxiteHeaders("Ocp-Apim-Subscription-Key", "wrong-key"), 401,
             "Access denied due to invalid subscription key"),
            (sandbox.appxiteHeaders("Authorization"), 401, "Missing bearer token"),
            (sandbox.appxiteHeaders("Authorization", "Bearer forged"), 401, "The access token is invalid or has expired"),
            (sandbox.appxiteHeaders("api-version"), 400, "The api-version header is required; send api-version: 3.1"),
            (sandbox.appxiteHeaders("api-version", "3.0"), 400, "Unsupported api-version '3.0'"),
            (sandbox.appxiteHeaders("X-On-Behalf-Of"), 400, "The X-On-Behalf-Of header is required"),
            (sandbox.appxiteHeaders("X-On-Behalf-Of", "no-such-org"), 400, "X-On-Behalf-Of names no organization"),
            (sandbox.appxiteHeaders("Referer"), 400, "The Referer header is required"),
            (sandbox.appxiteHeaders("Referer", "portal"), 400, "The Referer header is required"),
        ]
        for (method, path) in Self.everyEndpoint {
            for refused in cases {
                let response = try await sandbox.appxiteRaw(method, path, body: "{}", headers: refused.headers)
                #expect(response.status == refused.status, "\(method.rawValue) \(path): \(refused.message)")
                #expect(response.text.contains(refused.message), "\(method.rawValue) \(path): \(response.text)")
                #expect(try sandbox.appxiteJSON(response)["statusCode"] as? Int == refused.status)
            }
        }
        #expect(try await sandbox.appxiteRaw(.get, "/orders/AX-100001").status == 200)
        #expect(try await sandbox.appxiteRaw(.get, "/products").status == 200)
    }

    @Test func clientReportsRefusedCredentialsInOneLineWithoutTheSecret() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let wrongKey = sandbox.appxiteClient(subscriptionKey: "secret-key-1234")
        do {
            _ = try await wrongKey.orders(stage: .all)
            Issue.record("a wrong subscription key was accepted")
        } catch let error as OrderError {
            #expect(error == .authenticationRefused(account: "appxite-test", detail: "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription"))
            #expect(!error.message.contains("secret-key-1234"))
            #expect(!error.message.contains("\n"))
        }
        let wrongToken = sandbox.appxiteClient(bearerToken: "secret-token-5678")
        do {
            _ = try await wrongToken.offers()
            Issue.record("a wrong bearer token was accepted")
        } catch let error as OrderError {
            #expect(error == .authenticationRefused(account: "appxite-test", detail: "The access token is invalid or has expired"))
            #expect(!error.message.contains("secret-token-5678"))
        }
        await #expect(throws: OrderError.rejected(detail: "X-On-Behalf-Of names no organization this caller may act for")) {
            try await sandbox.appxiteClient(organizationID: "no-such-org").order(id: "AX-100001")
        }
    }

    @Test func clientNeverSendsTheReadCacheHeaders() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        _ = try await client.orders(stage: .all)
        _ = try await client.order(id: "AX-100001")
        _ = try await client.offers()
        let cart = sandbox.appxiteCart([sandbox.appxiteLine()])
        _ = try await client.preview(cart: cart)
        let placed = try await client.place(cart: cart)
        _ = try await client.findPlaced(idempotencyKey: client.idempotencyKey(for: cart))
        sandbox.clock.advance(by: 5)
        _ = try await client.cancelItem(orderID: placed.id, itemID: cart.lines[0].id)

        let clean = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/_sandbox/cache-headers"))
        #expect(clean["Calls"] as? Int ?? 0 >= 10)
        #expect(clean["CallsWithCacheHeaders"] as? [String] == [])

        _ = try await sandbox.appxiteRaw(.get, "/orders/AX-100001",
                                         headers: sandbox.appxiteHeaders + [("X-Use-Cache", "true")])
        let seen = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/_sandbox/cache-headers"))
        #expect(seen["CallsWithCacheHeaders"] as? [String] == ["GET /appxite/orders/AX-100001"])
    }
}
