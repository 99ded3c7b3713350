import Foundation
import Hummingbird
import OrderKit
import Providers
import Synchronization
import Testing

/// A POST that creates an order is sent once: after a timeout the client looks the order up
/// by `externalIds.client` instead of sending it again.
@Suite struct MPTPlacementLookupTests {
    /// A Marketplace stand-in whose create either hangs or fails, and which remembers the
    /// client reference of every create it got.
    private final class SlowMarketplace: Sendable {
        /// How the create answers: it hangs and the order exists, it hangs and nothing was
        /// created, or it fails at once.
        enum Create: Sendable { case hangsThenCreates, hangsAndLoses, failsWith503 }

        let references = Mutex<[String]>([])
        let lookups = Mutex(0)

        func start(create: Create) async -> Int {
            let router = Router()
            router.post("mpt/public/v1/commerce/orders") { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 16)
                let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
                let reference = (object?["externalIds"] as? [String: Any])?["client"] as? String ?? ""
                self.references.withLock { $0.append(reference) }
                switch create {
                case .hangsThenCreates, .hangsAndLoses:
                    try await Task.sleep(for: .seconds(60))
                    return Response(status: .created)
                case .failsWith503:
                    return Response(status: .serviceUnavailable,
                                    body: .init(byteBuffer: ByteBuffer(string: #"{"title": "Service Unavailable", "status": 503}"#)))
                }
            }
            router.get("mpt/public/v1/catalog/authorizations") { _, _ -> Response in
                let page = #"{"$meta": {"pagination": {"offset": 0, "limit": 100, "total": 1}}, "data": [{"id": "AUT-1", "product": {"id": "PRD-1"}}]}"#
                return Response(status: .ok, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: page)))
            }
            router.get("mpt/public/v1/commerce/orders") { request, _ -> Response in
                self.lookups.withLock { $0 += 1 }
                let query = request.uri.query ?? ""
                let known = create == .hangsThenCreates ? self.references.withLock { $0 }.first { query.contains($0) } : nil
                let data = known.map {
                    #"[{"id": "ORD-1111-2222-3333-4444", "type": "Purchase", "status": "Draft", "externalIds": {"client": "\#($0)"}}]"#
                } ?? "[]"
                let page = #"{"$meta": {"pagination": {"offset": 0, "limit": 1, "total": \#(known == nil ? 0 : 1)}}, "data": \#(data)}"#
                return Response(status: .ok, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: page)))
            }
            return await LocalServer.start(router)
        }
    }

    /// The create hangs 60 s, far past this timeout; the lookup and the authorization read
    /// answer at once, yet get 8 s each: on a loaded machine (two cores, several builds and
    /// a full test run) 2 s was not always enough for an instant answer.
    private func client(port: Int) -> MPTClient {
        MPTClient(transport: HTTPTransport(account: "mpt-slow", baseURL: "http://127.0.0.1:\(port)/mpt/public/v1",
                                           timeout: 8),
                  token: "t")
    }

    @Test func timeoutFindsTheOrderByItsClientReference() async throws {
        let marketplace = SlowMarketplace()
        let port = await marketplace.start(create: .hangsThenCreates)
        let order = try await client(port: port).createDraft(customerID: "LCE-1", externalClientID: "ref-42")
        #expect(order.id == "ORD-1111-2222-3333-4444")
        #expect(marketplace.references.withLock { $0 } == ["ref-42"])
        #expect(marketplace.lookups.withLock { $0 } == 1)
    }

    @Test func timeoutWithNothingFoundIsReportedNotResent() async throws {
        let marketplace = SlowMarketplace()
        let port = await marketplace.start(create: .hangsAndLoses)
        let client = client(port: port)
        do {
            _ = try await client.createChange(agreementID: "AGR-1", changes: [MPTSubscriptionChange(subscriptionID: "SUB-1", quantity: 2)],
                                              externalClientID: "ref-43")
            Issue.record("a hanging create succeeded")
        } catch let error as OrderError {
            guard case .timedOut = error else { Issue.record("expected a timeout, got \(error)"); return }
        }
        #expect(marketplace.references.withLock { $0.count } == 1)
        #expect(marketplace.lookups.withLock { $0 } == 1)
    }

    @Test func failedCreateIsNeverRetried() async throws {
        let marketplace = SlowMarketplace()
        let port = await marketplace.start(create: .failsWith503)
        await #expect(throws: OrderError.serverFailure(status: 503, detail: "Service Unavailable")) {
            try await client(port: port).createTermination(agreementID: "AGR-1", ending: [
                .init(id: "SUB-1", itemID: "ITM-1", name: "Item", quantity: 2, status: "Active"),
            ])
        }
        #expect(marketplace.references.withLock { $0.count } == 1)
        #expect(marketplace.references.withLock { $0.first?.hasPrefix("ordercon-") } == true)
        #expect(marketplace.lookups.withLock { $0 } == 0)
    }
}
