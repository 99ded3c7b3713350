import Foundation
import Headless
import OrderKit
import Placement
import Sandbox
import Store
import Testing

/// 1000 placements and refreshes over every provider with faults on, each placement
/// through the journal after reconciling as the `place` command does. Then, faults off,
/// the journal is reconciled to the end and compared with the sandbox: every placed intent
/// has its one order, no order lacks its intent, nothing stays unknown.
@Suite struct FaultSoakTests {
    static let operations = 1000
    static let faults = "latency=0..6ms,error=0.06,timeout=0.004,reset=0.04,garbage=0.04,hang=1s,seed=2026"

    @Test func placementsAndRefreshesUnderFaultsNeitherDuplicateNorLose() async throws {
        // A sandbox minute per second keeps Adobe's 300 requests a minute out of the way.
        let server = SandboxServer(options: SandboxOptions(clock: ScaledClock(speed: 60), failureRate: 0, undocumentedLists: true))
        let endpoint = try await server.start()
        let store = try OrderStore()
        let all = SandboxAccounts(endpoint: endpoint).all
        let patient = SandboxAccounts(endpoint: endpoint, timeout: 10).all.map(\.provider)
        var before: [String: Set<String>] = [:]
        for provider in patient { before[provider.account] = try await SandboxAccounts.placedIDs(provider) }

        server.faults.set(try SandboxFaults(parsing: Self.faults))
        var tally = SoakTally()
        let started = Date()
        for operation in 0..<Self.operations {
            let (provider, file) = all[(operation / 2) % all.count]
            guard operation % 2 == 0 else {
                tally.count(await Self.succeeds { _ = try await provider.orders(stage: .all) }, as: "refresh")
                continue
            }
            // Each operation has ended before the next starts, so nothing can land later:
            // the journal need not wait out the answer window.
            guard await Self.succeeds({ _ = try await PlacementJournal(store: store, provider: provider, answerWindow: 0).reconcile() }) else {
                tally.count(false, as: "placement (journal not yet reconciled)")
                continue
            }
            tally.count(await Self.succeeds { _ = try await OrderPlacer(provider: provider, store: store).place(file) },
                        as: "placement")
        }
        let faulted = Date().timeIntervalSince(started)
        let counters = server.faults.counters

        server.faults.set(.none)
        var report: [String] = []
        for provider in patient {
            let settled = try await PlacementJournal(store: store, provider: provider, answerWindow: 0).reconcile()
            let journal = try store.journal(account: provider.account)
            let placed = journal.filter { $0.outcome == .placed }.compactMap(\.orderID)
            let found = try await SandboxAccounts.placedIDs(provider).subtracting(before[provider.account]!)
            let notPlaced = journal.filter { $0.outcome == .notPlaced }.count
            let refused = journal.filter { $0.outcome == .refused }.count
            report.append("\(provider.account): \(journal.count) intents (\(settled.count) settled at the end), "
                          + "\(found.count) orders found, \(placed.count) placed, \(notPlaced) told not placed, "
                          + "\(refused) refused, \(placed.count - Set(placed).count + found.subtracting(placed).count) duplicates")
            #expect(journal.allSatisfy { $0.outcome != nil }, "\(provider.account): intents still unknown")
            // A provider whose every placement failed before its intent was written would
            // pass the checks below with nothing checked (Adility did, for want of a location).
            #expect(!placed.isEmpty, "\(provider.account): not one order placed")
            #expect(Set(placed) == found, "\(provider.account): orders \(found.subtracting(placed).sorted()) have no placed intent; intents \(Set(placed).subtracting(found).sorted()) have no order")
            #expect(placed.count == Set(placed).count, "\(provider.account): one order recorded for two intents")
        }
        await server.stop()
        print("soak: \(Self.operations) operations in \(Int(faulted)) s with \(Self.faults): \(tally.summary)")
        print("soak: \(counters.requests) requests, faults injected: \(counters.injected.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        report.forEach { print("soak: \($0)") }
        #expect(counters.injected.keys.contains { $0.hasSuffix(".after") })
    }

    private static func succeeds(_ body: () async throws -> Void) async -> Bool {
        do {
            try await body()
            return true
        } catch {
            return false
        }
    }
}
