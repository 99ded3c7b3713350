import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Store
import Testing

@Suite struct LocalCartRunnerTests {
    private let offer = Offer(id: "MS365-E3", name: "Microsoft 365 E3", price: Money(amount: 23, currency: "EUR"))

    private func savedCart(_ answer: Action?) -> LocalCart? {
        guard case .cartSaved(_, .success(let cart), _, _) = answer else { return nil }
        return cart
    }

    @Test func cartsAreSavedAtEveryChange() async throws {
        let store = try OrderStore()
        let runner = EffectRunner(providers: ["wl-demo": FakeProvider()], store: store, send: { _ in })
        let created = try #require(savedCart(await runner.perform(.createLocalCart(account: "wl-demo", customerID: "7",
                                                                                   customerName: "Acme"))))
        #expect(created.id.count == 32)
        #expect(try store.localCarts(account: "wl-demo") == [created])
        let added = try #require(savedCart(await runner.perform(.addCartLine(account: "wl-demo", cartID: created.id,
                                                                             offer: offer, quantity: 4, parameters: [:]))))
        #expect(added.lines.map(\.quantity) == [4])
        #expect(added.total == Money(amount: 92, currency: "EUR"))
        #expect(try store.localCarts(account: "wl-demo").first?.lines.count == 1)
        let removed = try #require(savedCart(await runner.perform(.removeCartLine(account: "wl-demo", cartID: created.id,
                                                                                  lineID: added.lines[0].id))))
        #expect(removed.lines.isEmpty)
        let gone = await runner.perform(.addCartLine(account: "wl-demo", cartID: "nope", offer: offer, quantity: 1, parameters: [:]))
        guard case .cartSaved(_, .failure(.notFound), _, _) = gone else { Issue.record("got \(String(describing: gone))"); return }
    }

    /// A runner over a fresh Store, with one saved cart holding two of `offer`.
    private func savedCartWithOneLine() async throws -> (OrderStore, FakeProvider, EffectRunner, LocalCart) {
        let store = try OrderStore()
        let provider = FakeProvider()
        let runner = EffectRunner(providers: ["wl-demo": provider], store: store, send: { _ in })
        let cart = try #require(savedCart(await runner.perform(.createLocalCart(account: "wl-demo", customerID: "7",
                                                                                customerName: "Acme"))))
        let full = try #require(savedCart(await runner.perform(.addCartLine(account: "wl-demo", cartID: cart.id,
                                                                            offer: offer, quantity: 2, parameters: [:]))))
        return (store, provider, runner, full)
    }

    @Test func placingACartJournalsTheProvidersHandleAndForgetsTheCart() async throws {
        let (store, _, runner, full) = try await savedCartWithOneLine()
        let answer = await runner.perform(.placeCart(account: "wl-demo", cart: full))
        guard case .placed(_, let cartID, .success(let order)) = answer else { Issue.record("got \(String(describing: answer))"); return }
        #expect(cartID == full.id)
        #expect(order.phase == .processing)
        #expect(try store.localCarts(account: "wl-demo").isEmpty)
        let entry = try #require(try store.journal(account: "wl-demo").first)
        #expect(entry.idempotencyKey == full.lines[0].id)
        #expect(entry.outcome == .placed)
    }

    @Test func aCartPlacedBeforeACrashIsFoundAndForgottenOnStart() async throws {
        let (store, provider, runner, full) = try await savedCartWithOneLine()
        provider.failPlacement(with: .timedOut(detail: "no answer"))
        _ = await runner.perform(.placeCart(account: "wl-demo", cart: full))
        #expect(try store.openIntents(account: "wl-demo").count == 1)
        #expect(try store.localCarts(account: "wl-demo").count == 1)

        let clean = FakeProvider()
        _ = try await clean.place(cart: full)
        let restarted = EffectRunner(providers: ["wl-demo": clean], store: store, send: { _ in })
        let answer = await restarted.perform(.reconcileJournal(account: "wl-demo"))
        guard case .journalReconciled(_, .success(let settled), _) = answer else { Issue.record("got \(String(describing: answer))"); return }
        #expect(settled.map(\.outcome) == [.placed])
        #expect(try store.localCarts(account: "wl-demo").isEmpty)
    }

    @Test func aCartLineIsEditedInItsFormAndSavedInPlace() async throws {
        let (store, _, runner, full) = try await savedCartWithOneLine()
        let line = full.lines[0]
        let purpose = FieldForm.Purpose.cartLine(cartID: full.id, lineID: line.id, offer: offer)
        let loaded = await runner.perform(.loadForm(account: "wl-demo", purpose))
        guard case .formLoaded(_, _, .success(let fields), let quantityKey) = loaded else {
            Issue.record("got \(String(describing: loaded))")
            return
        }
        #expect(quantityKey == "quantity")
        #expect(fields.map(\.value) == ["2"])
        let saved = try #require(savedCart(await runner.perform(.updateCartLine(account: "wl-demo", cartID: full.id,
                                                                                lineID: line.id, quantity: 7,
                                                                                parameters: ["tier": "2"]))))
        #expect(saved.lines.map(\.quantity) == [7])
        #expect(try store.localCarts(account: "wl-demo").first?.lines.first?.parameters == ["tier": "2"])
    }

    /// A billing cycle chosen in the line form sets the line's price; the list price is only
    /// the fallback, and a line edited without such a choice keeps the price it had.
    @Test func aChosenBillingCyclePricesTheLine() async throws {
        let (store, _, runner, full) = try await savedCartWithOneLine()
        let annual = Money(amount: 264, currency: "EUR")
        let added = try #require(savedCart(await runner.perform(.addCartLine(account: "wl-demo", cartID: full.id, offer: offer,
                                                                             quantity: 1, parameters: ["ChargePeriod": "A"],
                                                                             unitPrice: annual))))
        #expect(added.lines.map(\.unitPrice) == [offer.price, annual])
        #expect(added.total == Money(amount: 310, currency: "EUR"))
        let monthly = Money(amount: 22, currency: "EUR")
        let changed = try #require(savedCart(await runner.perform(.updateCartLine(account: "wl-demo", cartID: full.id,
                                                                                  lineID: added.lines[1].id, quantity: 1,
                                                                                  parameters: ["ChargePeriod": "M"],
                                                                                  unitPrice: monthly))))
        #expect(changed.lines[1].unitPrice == monthly)
        let kept = try #require(savedCart(await runner.perform(.updateCartLine(account: "wl-demo", cartID: full.id,
                                                                               lineID: added.lines[1].id, quantity: 3,
                                                                               parameters: ["ChargePeriod": "M"]))))
        #expect(kept.lines[1].unitPrice == monthly)
        #expect(try store.localCarts(account: "wl-demo").first?.lines.last?.unitPrice == monthly)
    }

    @Test func anUnknownAccountIsAConfigurationError() async throws {
        let runner = EffectRunner(providers: [:], store: try OrderStore(), send: { _ in })
        let answer = await runner.perform(.refresh(account: "ghost"))
        guard case .ordersLoaded(_, .failure(.configuration), _) = answer else { Issue.record("got \(String(describing: answer))"); return }
    }
}
