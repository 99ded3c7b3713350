import Foundation
import Hummingbird
import OrderKit
import Providers
import Synchronization
import Testing

/// Bearer tokens from the client-credentials grant: fetched once, shared, renewed once on a 401.
@Suite(.serialized) struct AuthorizedTransportTests {
    /// A token endpoint and an API that accepts only the newest token; `rotate` makes the
    /// current token stale, as an expiry would.
    final class TokenServer: Sendable {
        let issued = Mutex(0)
        let current = Mutex("")
        let lastForm = Mutex("")

        func rotate() { current.withLock { $0 = "stale" } }

        func start() async throws -> Int {
            let router = Router()
            router.post("token") { request, _ -> Response in
                let form = String(buffer: try await request.body.collect(upTo: 1 << 16))
                self.lastForm.withLock { $0 = form }
                guard form.contains("client_secret=s3cret") else {
                    return Response(status: .unauthorized, headers: [.contentType: "application/json"],
                                    body: .init(byteBuffer: ByteBuffer(string: #"{"error":"invalid_client","error_description":"bad client"}"#)))
                }
                let token = "t\(self.issued.withLock { $0 += 1; return $0 })"
                self.current.withLock { $0 = token }
                return Response(status: .ok, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: #"{"access_token":"\#(token)","expires_in":3600}"#)))
            }
            router.get("api/thing") { request, _ -> Response in
                let expected = "Bearer " + self.current.withLock { $0 }
                return Response(status: request.headers[.authorization] == expected ? .ok : .unauthorized)
            }
            return await LocalServer.start(router)
        }
    }

    private static let server = TokenServer()
    private static let port = Task { try await server.start() }

    private func transport(secret: String = "s3cret") async throws -> AuthorizedTransport {
        let origin = "http://127.0.0.1:\(try await Self.port.value)"
        return AuthorizedTransport(
            transport: HTTPTransport(account: "cc-test", baseURL: origin),
            source: .clientCredentials(tokenURL: origin + "/token", clientID: "client", clientSecret: secret,
                                       scope: "openid,AdobeID"))
    }

    @Test func tokenIsFetchedOnceSharedAndRenewedOnceOn401() async throws {
        let transport = try await transport()
        let before = Self.server.issued.withLock { $0 }
        async let first = transport.send(APIRequest(.get, "/api/thing"))
        async let second = transport.send(APIRequest(.get, "/api/thing"))
        #expect(try await first.status == 200)
        #expect(try await second.status == 200)
        #expect(Self.server.issued.withLock { $0 } == before + 1)
        let form = Self.server.lastForm.withLock { $0 }
        #expect(form.contains("grant_type=client_credentials") && form.contains("client_id=client")
                && form.contains("scope=openid%2CAdobeID"))
        Self.server.rotate()
        #expect(try await transport.send(APIRequest(.get, "/api/thing")).status == 200)
        #expect(Self.server.issued.withLock { $0 } == before + 2)
    }

    @Test func aRefusedClientIsAuthenticationRefusedWithoutTheSecret() async throws {
        let transport = try await transport(secret: "wrong-secret-value")
        do {
            _ = try await transport.send(APIRequest(.get, "/api/thing"))
            Issue.record("a refused client got through")
        } catch let error as OrderError {
            #expect(error == .authenticationRefused(account: "cc-test", detail: "the token endpoint said: bad client"))
            #expect(!error.message.contains("wrong-secret-value"))
        }
    }

    @Test func aFixedTokenIsNotRetried() async throws {
        let origin = "http://127.0.0.1:\(try await Self.port.value)"
        let transport = AuthorizedTransport(transport: HTTPTransport(account: "cc-test", baseURL: origin),
                                            source: .token("never-issued"))
        let before = Self.server.issued.withLock { $0 }
        #expect(try await transport.send(APIRequest(.get, "/api/thing")).status == 401)
        #expect(Self.server.issued.withLock { $0 } == before)
    }
}
