import Foundation
import HTTPTypes
import Hummingbird
import Providers
import Synchronization

/// A stand-in for Adobe that answers with the reference-shaped fixtures of
/// `Reference/adobe/`, for what the sandbox cannot show (a malformed order in a page, a
/// customer lookup that fails, a price list not yet published, several pages of a list).
/// `answer` picks the reply to each request; every request is recorded.
final class AdobeReferenceServer: Sendable {
    struct Seen: Sendable {
        var method: String
        var path: String
        var query: [(String, String)]
        var body: [String: Any] {
            (try? JSONSerialization.jsonObject(with: bodyData)) as? [String: Any] ?? [:]
        }
        var bodyData: Data
        var correlationID: String

        func query(_ name: String) -> [String] { query.filter { $0.0 == name }.map(\.1) }
    }

    typealias Answer = @Sendable (Seen) -> (status: Int, body: Data)

    static let customerID = "2200000044"
    private let seen = Mutex<[Seen]>([])
    let baseURL: String

    private init(baseURL: String) {
        self.baseURL = baseURL
    }

    static func start(_ answer: @escaping Answer) async -> AdobeReferenceServer {
        let box = Mutex<AdobeReferenceServer?>(nil)
        let router = Router()
        for method in [HTTPRequest.Method.get, .post] {
            router.on("**", method: method) { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 20)
                let seen = Seen(method: request.method.rawValue, path: String(request.uri.path.dropFirst("/adobe".count)),
                                query: request.uri.queryParameters.map { (String($0.key), String($0.value)) },
                                bodyData: Data(body.readableBytesView),
                                correlationID: request.headers[HTTPField.Name("X-Correlation-Id")!] ?? "")
                box.withLock { $0 }?.seen.withLock { $0.append(seen) }
                let (status, data) = answer(seen)
                return Response(status: .init(code: status), headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
        let port = await LocalServer.start(router)
        let server = AdobeReferenceServer(baseURL: "http://127.0.0.1:\(port)/adobe")
        box.withLock { $0 = server }
        return server
    }

    var requests: [Seen] { seen.withLock { $0 } }

    func requests(_ method: String, _ path: String) -> [Seen] {
        requests.filter { $0.method == method && $0.path == path }
    }

    /// A client for the fixtures' customer, on a clock fixed in December 2026.
    func client(region: String = "NA", currency: String = "EUR") -> AdobeClient {
        AdobeClient(transport: HTTPTransport(account: "adobe-reference", baseURL: baseURL, timeout: 5),
                    bearer: .token("reference-token"), apiKey: "reference-key", customerID: Self.customerID,
                    currency: currency, region: region, now: { Self.now })
    }

    static let now = Date(timeIntervalSince1970: 1_796_284_800)

    /// A fixture's bytes, read next to this file.
    static func fixture(_ name: String) -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/adobe")
        return (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
    }

    static func ok(_ name: String) -> (status: Int, body: Data) { (200, fixture(name)) }

    static func error(_ status: Int, code: String, message: String) -> (status: Int, body: Data) {
        (status, Data(#"{"code": "\#(code)", "message": "\#(message)", "additionalDetails": []}"#.utf8))
    }
}
