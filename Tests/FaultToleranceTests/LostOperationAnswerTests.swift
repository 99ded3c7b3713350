import Foundation
import OrderKit
import Placement
import Sandbox
import Store
import Testing

/// An order-creating operation (an Adobe return, an MPT change order) whose request reaches
/// the provider and whose answer is lost: the journal keeps the intent open under the client
/// reference the request carried, and reconciling finds the order it created.
@Suite struct LostOperationAnswerTests {
    /// The provider, a completed order it offers the operation on, and the form values.
    static let cases: [(ProviderKind, String, String, [String: String])] = [
        (.adobe, "5000000003", "return", ["1": "1"]),
        (.mpt, "ORD-6869-4529-8975-9001", "change", [:]),
    ]

    @Test(arguments: [0, 1], ["reset=1,side=after,methods=POST", "error=1,side=after,methods=POST"])
    func reconcilingFindsTheOrderTheOperationCreated(index: Int, faults: String) async throws {
        let (kind, orderID, operationID, values) = Self.cases[index]
        let server = SandboxServer(options: SandboxOptions(failureRate: 0))
        let accounts = SandboxAccounts(endpoint: try await server.start(), timeout: 5)
        let provider = accounts.all.first { $0.provider.kind == kind }!.provider
        let store = try OrderStore()
        let journal = PlacementJournal(store: store, provider: provider, answerWindow: 0)
        let order = try await provider.order(id: orderID)
        let operation = try #require(provider.operations(for: order).first { $0.id == operationID })
        #expect(operation.createsOrder)
        var fields = try await provider.operationForm(operation, orderID: orderID)
        for index in fields.indices {
            if let value = values[fields[index].key] { fields[index].value = value }
        }
        if values.isEmpty { fields[0].value = String((Int(fields[0].value) ?? 1) + 1) }

        server.faults.set(try SandboxFaults(parsing: faults))
        await #expect(throws: OrderError.self) {
            _ = try await journal.perform(operation, orderID: orderID, fields: fields)
        }
        server.faults.set(.none)
        let open = try store.openIntents(account: provider.account)
        #expect(open.map(\.operationID) == [operationID])

        let settled = try await journal.reconcile()
        #expect(settled.map(\.outcome) == [.placed])
        let createdID = try #require(settled.first?.orderID)
        #expect(createdID != orderID)
        let created = try await provider.order(id: createdID)
        await server.stop()
        #expect(created.rawPayload?.contains(kind == .adobe ? "RETURN" : "Change") == true)
        #expect(try store.openIntents(account: provider.account).isEmpty)
    }

    /// An operation that changes the order in place (MPT notes) is not journaled.
    @Test func anOperationThatCreatesNoOrderIsNotJournaled() async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0))
        let accounts = SandboxAccounts(endpoint: try await server.start(), timeout: 5)
        let provider = accounts.all.first { $0.provider.kind == .mpt }!.provider
        let store = try OrderStore()
        let order = try await provider.order(id: "ORD-6869-4529-8975-9001")
        let notes = try #require(provider.operations(for: order).first { $0.id == "notes" })
        #expect(!notes.createsOrder)
        var fields = try await provider.operationForm(notes, orderID: order.id)
        fields[0].value = "checked by on-call"
        _ = try await PlacementJournal(store: store, provider: provider).perform(notes, orderID: order.id, fields: fields)
        await server.stop()
        #expect(try store.journal(account: provider.account).isEmpty)
    }
}
