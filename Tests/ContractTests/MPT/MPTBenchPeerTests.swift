import Foundation
import Hummingbird
import OrderKit
import Providers
import Synchronization
import Testing

/// The benchmark's status sweep compares `ordercon status` with a curl loop and a Python
/// `requests` loop (`Benchmarks/peers/`); the figures compare like with like only when the
/// peers ask for what the client asks for. Each peer and the client read one order from a
/// stand-in that records the request line.
@Suite struct MPTBenchPeerTests {
    private final class Recorder: Sendable {
        let requests = Mutex<[String]>([])

        func start() async -> Int {
            let router = Router()
            router.get("mpt/public/v1/commerce/orders/:id") { request, context -> Response in
                let id = context.parameters.get("id") ?? ""
                self.requests.withLock { $0.append(request.uri.description) }
                let order = #"{"id": "\#(id)", "status": "Processing", "type": "Purchase"}"#
                return Response(status: .ok, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: order)))
            }
            return await LocalServer.start(router)
        }
    }

    private static let peers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Benchmarks/peers").path
    private static let orderID = "ORD-1111-2222-3333"

    /// Runs a command (a peer, or a probe for one) and answers its exit status.
    private static func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func peersSendTheClientsSelect() async throws {
        let recorder = Recorder()
        let base = "http://127.0.0.1:\(await recorder.start())/mpt/public/v1"
        _ = try await MPTClient(transport: HTTPTransport(account: "bench", baseURL: base, timeout: 5), token: "t")
            .order(id: Self.orderID)
        let ids = NSTemporaryDirectory() + "mpt-bench-peer-\(getpid()).txt"
        try (Self.orderID + "\n").write(toFile: ids, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: ids) }
        #expect(try Self.run(["bash", Self.peers + "/curl-sweep.sh", base, "t", ids, MPTClient.orderSelect]) == 0)
        let python = try Self.run(["python3", "-c", "import requests"]) == 0
        if python {
            #expect(try Self.run(["python3", Self.peers + "/requests-sweep.py", base, "t", ids, MPTClient.orderSelect]) == 0)
        }
        let sent = recorder.requests.withLock { $0 }
        #expect(sent.count == (python ? 3 : 2))
        #expect(Set(sent) == ["/mpt/public/v1/commerce/orders/\(Self.orderID)?select=+audit,+lines,+parameters"])
    }
}
