import Foundation
import OrderKit
import Providers
import Synchronization
import Testing

/// What the event log and the log file keep of a call never holds a credential: headers
/// and bodies are not recorded at all, and credential-looking query values are redacted.
@Suite struct RequestRedactionTests {
    private static let secrets = ["tok-Bearer-9f2c", "key-Query-41ad", "sec-Client-77e0", "pw-User-3b19"]

    @Test func credentialQueryValuesAreRedacted() {
        let request = APIRequest(.get, "/orders", query: [
            ("api_key", Self.secrets[1]), ("access_token", Self.secrets[0]), ("client_secret", Self.secrets[2]),
            ("password", Self.secrets[3]), ("limit", "10"), ("order_number", "A-1"),
        ])
        let recorded = request.redactedPathAndQuery
        #expect(recorded == "/orders?api_key=REDACTED&access_token=REDACTED&client_secret=REDACTED&password=REDACTED&limit=10&order_number=A-1")
        #expect(request.pathAndQuery.contains(Self.secrets[1]))
    }

    @Test func aRecordedCallHoldsNoHeaderBodyOrQuerySecret() async {
        let records = Mutex<[RequestRecord]>([])
        let transport = HTTPTransport(account: "leak-test", baseURL: "http://127.0.0.1:1", timeout: 2,
                                      observer: { record in records.withLock { $0.append(record) } })
        let request = APIRequest(.post, "/oauth/token", query: [("apikey", Self.secrets[1])],
                                 headers: [("Authorization", "Bearer \(Self.secrets[0])"), ("X-API-Key", Self.secrets[1])],
                                 body: Data("client_secret=\(Self.secrets[2])&password=\(Self.secrets[3])".utf8))
        _ = try? await transport.send(request)
        let recorded = records.withLock { $0 }
        #expect(recorded.count == 1)
        let text = recorded.map { "\($0)" }.joined()
        for secret in Self.secrets {
            #expect(!text.contains(secret), "the event log record holds \(secret): \(text)")
        }
    }
}
