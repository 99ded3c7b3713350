import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The headers every Adobe call needs, and what each missing or wrong one answers.
@Suite struct AdobeHeaderTests {
    @Test func wrongTokenIs401AndWrongKeyIs403() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.authenticationRefused(account: "adobe-test",
                                                               detail: "Adobe 4116 token invalid — Invalid Authorization token")) {
            try await sandbox.client(token: "stolen").customers()
        }
        await #expect(throws: OrderError.forbidden(detail: "Adobe 4115 API key invalid or missing — Invalid API Key")) {
            try await sandbox.client(apiKey: "nope").customers()
        }
        #expect(try await sandbox.raw(.get, "/v3/customers/9876543210", headers: ["Authorization": nil]).status == 401)
        #expect(try await sandbox.raw(.get, "/v3/customers/9876543210", headers: ["X-Api-Key": nil]).status == 403)
        #expect(try await sandbox.client().customers() == [Customer(id: "9876543210", name: "Northwind Creative Ltd")])
    }

    @Test func missingCorrelationIDIs4119() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        for (method, path, body) in [(APIRequest.Method.get, sandbox.ordersPath, nil),
                                     (.post, sandbox.ordersPath, AdobeHarness.body())] {
            let response = try await sandbox.raw(method, path, body: body, headers: ["X-Correlation-Id": nil])
            #expect(response.status == 400)
            #expect(response.object["code"] as? String == "4119")
            #expect(response.object["additionalDetails"] is [Any])
        }
        let history = try await sandbox.client().orders(stage: .all)
        #expect(history.count == 9)
    }

    @Test func requestIDReusedUnderAnotherCorrelationIDIs4120() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let requestID = UUID().uuidString
        let first = try await sandbox.raw(.get, sandbox.ordersPath, headers: ["X-Request-Id": requestID,
                                                                              "X-Correlation-Id": "c-1"])
        #expect(first.status == 200)
        let sameCall = try await sandbox.raw(.get, sandbox.ordersPath, headers: ["X-Request-Id": requestID,
                                                                                 "X-Correlation-Id": "c-1"])
        #expect(sameCall.status == 200)
        let duplicate = try await sandbox.raw(.post, sandbox.ordersPath, body: AdobeHarness.body(),
                                              headers: ["X-Request-Id": requestID, "X-Correlation-Id": "c-2"])
        #expect(duplicate.status == 400)
        #expect(duplicate.object["code"] as? String == "4120")
        #expect(try await sandbox.raw(.get, sandbox.ordersPath, headers: ["X-Request-Id": nil]).status == 200)
    }

    @Test func acceptAndContentTypeMustBeJSON() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let noAccept = try await sandbox.raw(.get, sandbox.ordersPath, headers: ["Accept": "text/html"])
        #expect(noAccept.status == 400 && noAccept.object["additionalDetails"] as? [String] == ["Accept"])
        let noType = try await sandbox.raw(.post, sandbox.ordersPath, body: AdobeHarness.body(),
                                           headers: ["Content-Type": "text/plain"])
        #expect(noType.status == 400 && noType.object["additionalDetails"] as? [String] == ["Content-Type"])
    }

    @Test func unknownCustomerIs1116AndUnknownOrder2115() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(customerID: "0000000000")
        await #expect(throws: OrderError.notFound(detail: "Adobe 1116 customer not found — Invalid customer ID 0000000000")) {
            try await client.orders(stage: .all)
        }
        await #expect(throws: OrderError.notFound(detail: "Adobe 1116 customer not found — Invalid customer ID 0000000000")) {
            try await client.place(cart: sandbox.cart([("65304520CA01A12", 1)]))
        }
        let raw = try await sandbox.raw(.post, "/v3/customers/0000000000/orders", body: AdobeHarness.body())
        #expect(raw.status == 404 && raw.object["code"] as? String == "1116")
        await #expect(throws: OrderError.notFound(detail: "Adobe 2115 customer or order not found — Order 5000000010 does not exist for this customer")) {
            try await sandbox.client().order(id: "5000000010")
        }
    }

    @Test func unknownRoutesAnswerTheErrorShape() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        for (method, path) in [(APIRequest.Method.get, "/v3/customers/9876543210/subscriptionz"),
                               (.get, "/v3/nothing"), (.delete, "/v3/customers/9876543210/orders/5000000001/lines")] {
            let response = try await sandbox.raw(method, path)
            #expect(response.status == 404, "\(method) \(path)")
            #expect(response.object["code"] as? String == "404", "\(method) \(path)")
            #expect(response.object["message"] as? String == "No such resource: \(method.rawValue) \(path)")
            #expect(response.object["additionalDetails"] is [Any])
        }
    }

    @Test func tooManyRequestsIs429WithCode4118UntilTheMinuteTurns() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        var limited: OrderError?
        for _ in 0...300 where limited == nil {
            do { _ = try await client.order(id: "5000000001") } catch let error as OrderError { limited = error }
        }
        guard case .rateLimited(let detail) = try #require(limited) else {
            Issue.record("expected rateLimited, got \(String(describing: limited))")
            return
        }
        #expect(detail.hasPrefix("Adobe 4118 too many requests — "))
        let raw = try await sandbox.raw(.get, sandbox.ordersPath)
        #expect(raw.status == 429 && raw.object["code"] as? String == "4118")
        sandbox.clock.advance(by: 60)
        #expect(try await client.order(id: "5000000001").id == "5000000001")
    }
}
