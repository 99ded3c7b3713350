import Foundation
import OrderKit
@testable import Providers
import Sandbox
import Testing

/// RFC 7807 problem details in both `errors` shapes, and the bearer token.
@Suite struct MPTProblemTests {
    @Test func errorsMapOfStringArraysDecodes() throws {
        let json = #"""
        {"type": "https://httpstatuses.io/400", "title": "Bad Request", "status": 400,
         "detail": "One or more validation errors occurred.", "traceId": "00-abc-01",
         "errors": {"lines[0].quantity": ["Must be at least 1.", "Must be a whole number."], "type": ["Unknown type."]}}
        """#
        let problem = try JSONDecoder().decode(MPTProblemPayload.self, from: Data(json.utf8))
        #expect(problem.traceId == "00-abc-01")
        #expect(problem.errors == [
            .init(field: "lines[0].quantity", parameterID: nil, message: "Must be at least 1."),
            .init(field: "lines[0].quantity", parameterID: nil, message: "Must be a whole number."),
            .init(field: "type", parameterID: nil, message: "Unknown type."),
        ])
        #expect(problem.summary == "One or more validation errors occurred: lines[0].quantity: Must be at least 1.; lines[0].quantity: Must be a whole number.; type: Unknown type. (traceId 00-abc-01)")
    }

    @Test func errorsArrayOfObjectsDecodes() throws {
        let json = #"""
        {"title": "Bad Request", "status": 400, "traceId": "00-def-01",
         "errors": [{"id": "PRM-1234-1234-1234-0001", "externalId": "msPartnerId", "message": "Unknown MS Partner ID"},
                    {"field": "notes", "detail": "Too long"}]}
        """#
        let problem = try JSONDecoder().decode(MPTProblemPayload.self, from: Data(json.utf8))
        #expect(problem.errors == [
            .init(field: "msPartnerId", parameterID: "PRM-1234-1234-1234-0001", message: "Unknown MS Partner ID"),
            .init(field: "notes", parameterID: nil, message: "Too long"),
        ])
        #expect(problem.summary == "Bad Request: Unknown MS Partner ID; notes: Too long (traceId 00-def-01)")
    }

    /// The reference's entries name the request fields in `properties`; the code is the
    /// fragment of `type`; the trace id ends the line, for support.
    @Test func codeFromTypePropertiesAndTraceIdAreInTheLine() throws {
        let json = #"""
        {"type": "https://docs.example.test/errors#MPTCOM03-0078", "title": "Validation failed", "status": 400,
         "detail": "The order cannot be processed.", "traceId": "00-7f3a-01",
         "errors": [{"message": "Quantity must be a whole number.", "properties": ["lines[1].quantity"]},
                    {"message": "Pick a value.", "properties": ["parameters.ordering", "billingAddress"]}]}
        """#
        let problem = try JSONDecoder().decode(MPTProblemPayload.self, from: Data(json.utf8))
        #expect(problem.code == "MPTCOM03-0078")
        #expect(problem.summary == "MPTCOM03-0078: The order cannot be processed: lines[1].quantity: Quantity must be a whole number.; parameters.ordering, billingAddress: Pick a value. (traceId 00-7f3a-01)")
        let plain = try JSONDecoder().decode(MPTProblemPayload.self,
                                             from: Data(#"{"type": "https://httpstatuses.io/409", "traceId": "00-1-01"}"#.utf8))
        #expect(plain.code == nil)
        #expect(plain.summary == "traceId 00-1-01")
    }

    @Test func problemWithoutErrorsOrWithAnotherShapeStillReads() throws {
        let bare = try JSONDecoder().decode(MPTProblemPayload.self,
                                            from: Data(#"{"title": "Conflict", "detail": "Order is Completed."}"#.utf8))
        #expect(bare.errors.isEmpty)
        #expect(bare.summary == "Order is Completed")
        let odd = try JSONDecoder().decode(MPTProblemPayload.self,
                                           from: Data(#"{"title": "Bad Request", "errors": "nope"}"#.utf8))
        #expect(odd.errors.isEmpty)
        #expect(odd.summary == "Bad Request")
    }

    @Test func sandboxSendsBothShapesAsProblemDetails() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        let fields = try await mpt.raw(.put, "/commerce/orders/\(draft.id)",
                                       body: #"{"lines": [{"item": {"id": "ITM-1234-1234-1234-0021"}, "quantity": 0}]}"#)
        #expect(fields.status == 400)
        #expect(fields.header("Content-Type") == "application/problem+json")
        let fieldBody = try mpt.object(fields)
        #expect(Set(fieldBody.keys) == ["type", "title", "status", "detail", "traceId", "errors"])
        #expect(fieldBody["errors"] as? [String: [String]] == ["lines[0].quantity": ["quantity must be a whole number of at least 1."]])

        _ = try await client.addItem(orderID: draft.id, offerID: MPTFixture.illustrator, quantity: 1)
        let parameters = try await mpt.raw(.post, "/commerce/orders/\(draft.id)/process")
        #expect(parameters.status == 400)
        let list = try #require(try mpt.object(parameters)["errors"] as? [[String: String]])
        #expect(list == [["id": MPTFixture.partnerIDParameter, "externalId": "msPartnerId",
                          "message": "Microsoft Partner ID: A value is required."]])
    }

    @Test func bearerTokenIsRequired() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let missing = try await mpt.raw(.get, "/commerce/orders", headers: [])
        #expect(missing.status == 401)
        #expect(missing.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        #expect(try mpt.object(missing)["title"] as? String == "Unauthorized")
        #expect(try await mpt.raw(.get, "/commerce/orders", headers: [("Authorization", "Basic c2FuZGJveA==")]).status == 401)
        #expect(try await mpt.raw(.post, "/commerce/orders/\(MPTFixture.draftOrder)/process",
                                  headers: [("Authorization", "Bearer forged")]).status == 401)
        #expect(try await mpt.raw(.get, "/commerce/orders").status == 200)

        let secret = "forged-secret-token"
        await MPTExpect.refused(.authenticationRefused, containing: "The API token is not valid") {
            _ = try await mpt.client(token: secret).orders(stage: .all)
        }
        do {
            _ = try await mpt.client(token: secret).createDraft(customerID: MPTFixture.acme)
            Issue.record("a forged token was accepted")
        } catch let error as OrderError {
            #expect(!error.message.contains(secret))
            #expect(!String(describing: error).contains(secret))
        }
    }
}
