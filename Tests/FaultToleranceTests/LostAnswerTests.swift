import Foundation
import OrderKit
import Placement
import Sandbox
import Store
import Testing

/// The placing request reaches the provider's book, and its answer is lost (connection
/// reset, hang past the timeout, 5xx, unreadable body): the intent stays open, and
/// reconciling finds the order, for every provider. Adobe's NEW needs the offer ids its
/// PREVIEW answers: a cart is previewed first, as the console's confirmation does, and a
/// PREVIEW whose answer is lost places nothing and sends no NEW.
@Suite struct LostAnswerTests {
    static let providers: [ProviderKind] = [.whitelabel, .appxite, .adobe, .adility, .mpt]
    static let faults = ["reset=1,side=after", "timeout=1,hang=6s,side=after", "error=1,side=after", "garbage=1,side=after"]

    @Test(arguments: providers, faults)
    func reconcilingFindsTheOrderWhoseAnswerWasLost(kind: ProviderKind, faults: String) async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0, undocumentedLists: true))
        let accounts = SandboxAccounts(endpoint: try await server.start(), timeout: 5)
        let (provider, file) = accounts.all.first { $0.provider.kind == kind }!
        let store = try OrderStore()
        // Every request of this process has ended before it reconciles: none can land later.
        let journal = PlacementJournal(store: store, provider: provider, answerWindow: 0)
        let before = try await SandboxAccounts.placedIDs(provider)

        server.faults.set(try SandboxFaults(parsing: faults))
        var answered = true
        if provider.capabilities.serverSideDrafts {
            server.faults.set(.none)
            let draft = try await provider.createDraft(customerID: file.customerID)
            _ = try await provider.addItem(orderID: draft.id, offerID: file.items[0].offer, quantity: file.items[0].quantity)
            if !file.fields.isEmpty {
                let fields = try await provider.customFields(orderID: draft.id).map { field -> CustomField in
                    var field = field
                    if let value = file.fields[field.name] { field.value = value }
                    return field
                }
                _ = try await provider.updateCustomFields(orderID: draft.id, fields: fields)
            }
            server.faults.set(try SandboxFaults(parsing: faults))
            do { _ = try await journal.place(orderID: draft.id, content: "lost answer") } catch { answered = false }
        } else {
            let cart = LocalCart(id: LocalCart.newID(), account: provider.account, customerID: file.customerID,
                                 customerName: file.customerName ?? file.customerID,
                                 lines: file.items.map { CartLine(id: LocalCart.newID(), offerID: $0.offer, name: $0.offer,
                                                                  quantity: $0.quantity, unitPrice: nil) },
                                 createdAt: Date())
            if kind == .adobe {
                server.faults.set(.none)
                _ = try await provider.preview(cart: cart)
                server.faults.set(try SandboxFaults(parsing: faults))
            }
            do { _ = try await journal.place(cart: cart) } catch { answered = false }
        }
        server.faults.set(.none)
        #expect(!answered)
        #expect(try store.openIntents(account: provider.account).count == 1)

        let settled = try await journal.reconcile()
        let found = try await SandboxAccounts.placedIDs(provider).subtracting(before)
        await server.stop()
        #expect(settled.count == 1)
        let placedIDs = Set(settled.filter { $0.outcome == .placed }.compactMap(\.orderID))
        #expect(placedIDs == found, "journal says \(settled.map { "\($0.outcome.map(\.rawValue) ?? "open") \($0.orderID ?? "")" }), sandbox has \(found.sorted())")
        if provider.capabilities.serverSideDrafts || kind == .adility || kind == .adobe {
            #expect(found.count == 1, "the placing request itself reached the book")
        }
    }

    /// No PREVIEW answer, no NEW: placing a cart not yet previewed sends the PREVIEW first,
    /// and when its answer is lost the NEW is never sent. Nothing reaches the book, the
    /// intent is settled at once as refused with why, and the user is told that nothing was
    /// placed and to place it again; nothing is left for reconciling to find.
    @Test(arguments: faults)
    func adobeSendsNoNewWhenThePreviewsAnswerIsLost(faults: String) async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0, undocumentedLists: true))
        let accounts = SandboxAccounts(endpoint: try await server.start(), timeout: 5)
        let (provider, file) = accounts.all.first { $0.provider.kind == .adobe }!
        let store = try OrderStore()
        let journal = PlacementJournal(store: store, provider: provider, answerWindow: 0)
        let before = try await SandboxAccounts.placedIDs(provider)
        let cart = LocalCart(id: LocalCart.newID(), account: provider.account, customerID: file.customerID,
                             customerName: file.customerID,
                             lines: file.items.map { CartLine(id: LocalCart.newID(), offerID: $0.offer, name: $0.offer,
                                                              quantity: $0.quantity, unitPrice: nil) },
                             createdAt: Date())
        server.faults.set(try SandboxFaults(parsing: faults))
        var message: String?
        do {
            _ = try await journal.place(cart: cart)
        } catch OrderError.notPlaced(let detail) {
            message = OrderError.notPlaced(detail: detail).message
        }
        server.faults.set(.none)
        #expect(message?.hasPrefix("Nothing was placed: Adobe's PREVIEW of the cart got no answer (") == true, "\(message ?? "no error")")
        #expect(message?.hasSuffix("so it was not sent; place the cart again.") == true)
        #expect(try store.openIntents(account: provider.account).isEmpty, "nothing was sent, so nothing may still land")
        let entry = try #require(try store.journal(account: provider.account).first)
        #expect(entry.outcome == .refused && entry.message == message)
        let settled = try await journal.reconcile()
        #expect(settled.isEmpty)
        #expect(try await SandboxAccounts.placedIDs(provider).subtracting(before).isEmpty, "no NEW reached the book")
        await server.stop()
    }
}
