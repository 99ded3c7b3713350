import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The correlation-id rule: the same id again only after a timeout with no answer.
@Suite struct AdobeRetryTests {
    @Test func aTimeoutIsRetriedOnceWithTheSameCorrelationIDAndBuysOnce() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let proxy = AdobeFlakyProxy()
        defer { proxy.stop() }
        // The first answer comes long after the client's timeout, and the timeout leaves the
        // retry room on a loaded machine (at 0.8 s the retry itself timed out in a full run,
        // and at 3 s the PREVIEW placing sends first did, twice).
        let proxyURL = try await proxy.start(forwardingTo: sandbox.baseURL, firstAnswer: .late(seconds: 20))
        let cart = sandbox.cart([("65322651CA01A12", 1)], id: "cart-timeout")

        let placed = try await sandbox.client(baseURL: proxyURL, timeout: 8).place(cart: cart)

        let posts = proxy.seenPosts
        #expect(posts.count == 2)
        #expect(posts.map(\.correlationID) == Array(repeating: posts[0].correlationID, count: 2))
        #expect(posts[0].requestID != posts[1].requestID)
        let history = try await sandbox.client().orders(stage: .all)
        #expect(history.filter { $0.id == placed.id }.count == 1)
        #expect(history.count == 10)
        #expect(try await sandbox.client().findPlaced(idempotencyKey: "cart-timeout")?.id == placed.id)
    }

    @Test func anAnswerIsNeverRetried() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let proxy = AdobeFlakyProxy()
        defer { proxy.stop() }
        let proxyURL = try await proxy.start(forwardingTo: sandbox.baseURL, firstAnswer: .unavailable)
        await #expect(throws: OrderError.serverFailure(status: 503, detail: "HTTP 503")) {
            try await sandbox.client(baseURL: proxyURL).place(cart: sandbox.cart([("65304520CA01A12", 1)]))
        }
        #expect(proxy.seenPosts.count == 1)
        #expect(try await sandbox.client().orders(stage: .all).count == 9)
    }

    @Test func aSecondAttemptAfterAnAnswerGoesUnderAFreshCorrelationID() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let proxy = AdobeFlakyProxy()
        defer { proxy.stop() }
        let proxyURL = try await proxy.start(forwardingTo: sandbox.baseURL, firstAnswer: .unavailable)
        let client = sandbox.client(baseURL: proxyURL)
        let cart = sandbox.cart([("65304520CA01A12", 1)], id: "cart-after-503")
        await #expect(throws: OrderError.self) { try await client.place(cart: cart) }
        let placed = try await client.place(cart: cart)

        let posts = proxy.seenPosts
        #expect(posts.count == 2)
        #expect(Set(posts.map(\.correlationID)).count == 2, "an answered correlation id is never sent again")
        #expect(try await sandbox.client().findPlaced(idempotencyKey: "cart-after-503")?.id == placed.id)
    }
}
