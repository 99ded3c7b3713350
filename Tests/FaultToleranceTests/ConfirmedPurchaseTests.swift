import ConsoleModel
import Headless
import Foundation
import OrderKit
import Placement
import Sandbox
import Store
import Testing

/// What you confirm is what you buy, under faults: the console (its loop and effect runner,
/// in-process) adds and deletes lines of a white-label and an MPT draft while the sandbox
/// fails, resets, garbles and hangs after applying requests, then places it; every order
/// that was placed holds exactly the lines and total its confirmation showed.
///
/// `CONFIRMED_PURCHASE_SEQUENCES` sets the sequences per provider (20 by default; `.ci/run`
/// runs more).
@MainActor
@Suite(.serialized) struct ConfirmedPurchaseTests {
    static let faults = "error=0.06,reset=0.04,garbage=0.04,timeout=0.004,hang=1s,side=after,seed="
    static var sequences: Int {
        ProcessInfo.processInfo.environment["CONFIRMED_PURCHASE_SEQUENCES"].flatMap(Int.init) ?? 20
    }

    /// What one sequence ended with.
    enum Outcome: Equatable {
        case matched
        case notPlaced
        case differed(String)
    }

    @Test(arguments: [ProviderKind.whitelabel, .mpt])
    func everyPlacedOrderHoldsWhatItsConfirmationShowed(kind: ProviderKind) async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0))
        let endpoint = try await server.start()
        let (provider, file) = SandboxAccounts(endpoint: endpoint, timeout: 1).all.first { $0.provider.kind == kind }!
        let (patient, _) = SandboxAccounts(endpoint: endpoint, timeout: 10).all.first { $0.provider.kind == kind }!
        let offers = try await patient.offers().filter { $0.price != nil || kind == .mpt }.prefix(4)
        var outcomes: [Outcome] = []
        let started = Date()
        for sequence in 0..<Self.sequences {
            server.faults.set(.none)
            let draft = try await Self.draft(patient, file)
            server.faults.set(try SandboxFaults(parsing: Self.faults + String(sequence + 1)))
            let driver = ConsoleDriver(state: Self.state(provider), runner: EffectRunner(
                providers: [provider.account: provider], store: try OrderStore(), send: { _ in }))
            // Whole-list refreshes are left out: the book grows with every sequence, and what is
            // compared comes from the draft's own reads, not from the list.
            driver.skipping = { if case .refresh = $0 { true } else { false } }
            // The console as it is once its first refresh listed the draft and the journal was
            // checked: listing every order of a growing book each time would cost more than the sequence.
            await driver.send(.ordersLoaded(account: provider.account, .success(OrderList(orders: [draft])), at: Date()))
            await driver.send(.journalReconciled(account: provider.account, .success([])))
            // The draft made the cart as a user does: the Drafts pane, then Enter (which reads its lines).
            for _ in PaneID.allCases where driver.state.lists.focus != .drafts { await driver.press(.backTab) }
            await driver.press(.enter)
            try #require(driver.state.lists.cartOrderID == draft.id)
            for step in 0..<4 {
                let offer = offers[offers.startIndex + (sequence * 7 + step) % offers.count]
                if (sequence + step) % 4 == 3, let line = driver.state.lists.cartItems.first {
                    await driver.run([.deleteItem(account: provider.account, orderID: draft.id, itemID: line.id)])
                } else {
                    await driver.run([.addItem(account: provider.account, orderID: draft.id, offerID: offer.id,
                                               quantity: (sequence + step) % 3 + 1)])
                }
            }
            let confirmed = await Self.placeConfirming(driver)
            server.faults.set(.none)
            outcomes.append(try await Self.outcome(of: draft.id, confirmed: confirmed, driver: driver, provider: patient))
        }
        await server.stop()
        let differences = outcomes.compactMap { if case .differed(let why) = $0 { why } else { nil } }
        let placed = outcomes.filter { $0 == .matched }.count
        print("ConfirmedPurchaseTests \(kind.rawValue): \(outcomes.count) sequences, \(placed) placed, "
              + "\(differences.count) differences, \(Int(Date().timeIntervalSince(started))) s")
        #expect(differences.isEmpty, "\(differences)")
        #expect(placed > outcomes.count / 2, "too few placements got through to compare: \(outcomes)")
    }

    private static func state(_ provider: any OrderProvider) -> ConsoleState {
        ConsoleState(account: AccountSummary(name: provider.account, provider: provider.kind,
                                             capabilities: provider.capabilities, isSandbox: true), now: Date())
    }

    /// A draft with the order file's fields filled in (MPT requires its Partner ID).
    private static func draft(_ provider: any OrderProvider, _ file: OrderFile) async throws -> Order {
        let draft = try await provider.createDraft(customerID: file.customerID)
        guard !file.fields.isEmpty else { return draft }
        let known = try await provider.customFields(orderID: draft.id)
        let filled = known.compactMap { field -> CustomField? in
            guard let value = file.fields[field.name] else { return nil }
            var field = field
            field.value = value
            return field
        }
        _ = try await provider.updateCustomFields(orderID: draft.id, fields: filled)
        return draft
    }

    /// Presses p and answers Yes as a user would, again after a failed read or a draft that
    /// changed; returns what the last confirmation answered Yes showed: the lines sent
    /// (`place` content) and its total line.
    private static func placeConfirming(_ driver: ConsoleDriver) async -> (content: String, total: String)? {
        var confirmed: (content: String, total: String)?
        for _ in 0..<6 {
            if driver.confirmation == nil { await driver.press(.char("p")) }
            guard let confirmation = driver.confirmation else { continue }
            guard confirmation.canConfirm else {
                await driver.press(.escape)
                continue
            }
            let total = confirmation.lines.last { $0.contains("Total") } ?? ""
            let before = driver.effects.count
            await driver.press(.char("y"))
            for effect in driver.effects[before...] {
                if case .place(_, _, let content, _) = effect { confirmed = (content, total) }
            }
            if driver.confirmation == nil, driver.state.placement.inFlight.isEmpty, driver.state.lists.cartOrderID == nil { break }
        }
        return confirmed
    }

    /// After the faults: the journal settled, then the order compared with its confirmation.
    private static func outcome(of orderID: String, confirmed: (content: String, total: String)?,
                                driver: ConsoleDriver, provider: any OrderProvider) async throws -> Outcome {
        for _ in 0..<5 where driver.state.placement.journalCheck != .done {
            await driver.run([.reconcileJournal(account: driver.state.account.name)])
        }
        let order = try await provider.order(id: orderID)
        guard !order.phase.isUnplaced else { return .notPlaced }
        guard let confirmed else { return .differed("order \(orderID) was placed without a confirmation answered Yes") }
        let items = try await provider.items(orderID: orderID)
        let held = PlacementJournal.lineContent(items.map { ($0.offerID, $0.quantity) })
        guard held == confirmed.content else {
            return .differed("order \(orderID): confirmed \(confirmed.content), placed \(held)")
        }
        if let total = order.displayTotal?.formatted, !confirmed.total.hasSuffix(total) {
            return .differed("order \(orderID): confirmed '\(confirmed.total)', placed total \(total)")
        }
        return .matched
    }
}
