import Foundation
import Hummingbird
import HummingbirdTesting
import Sandbox
import Testing

/// The whitelabel sandbox's typed fields: a `List` field carries its options and takes
/// nothing else; a PUT changes values, never types or options.
@Suite struct WhiteLabelSandboxTests {
    private let headers: HTTPFields = [.authorization: "Bearer \(DemoCredentials.bearerToken)",
                                       .contentType: "application/json"]

    @Test func listFieldsTakeOnlyTheirOptions() async throws {
        let app = Application(router: SandboxServer(options: SandboxOptions(clock: ManualClock())).makeRouter())
        try await app.test(.router) { client in
            let path = "/whitelabel/api/orders/1042/customfields"
            let wrong = #"[{"Name": "Delivery Priority", "Value": "Overnight"}]"#
            try await client.execute(uri: path, method: .put, headers: headers, body: ByteBuffer(string: wrong)) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("one of Standard, Express, Scheduled"))
            }
            let right = #"[{"Name": "Delivery Priority", "Value": "Express", "Type": "Text", "Options": ["x"]}]"#
            try await client.execute(uri: path, method: .put, headers: headers, body: ByteBuffer(string: right)) { response in
                #expect(response.status == .ok)
                let fields = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                    as? [[String: Any]])
                let priority = try #require(fields.first { $0["Name"] as? String == "Delivery Priority" })
                #expect(priority["Value"] as? String == "Express")
                #expect(priority["Type"] as? String == "List")
                #expect(priority["Options"] as? [String] == ["Standard", "Express", "Scheduled"])
            }
        }
    }
}
