import Foundation
import OrderKit
import Providers
@testable import Sandbox
import Testing

/// Each fault kind as a real client meets it, before the book (nothing placed) and after
/// (placed, but the client never learns it); the control route; stopping during a hang.
@Suite(.serialized) struct FaultInjectionTests {
    private func outcome(_ faults: String, timeout: TimeInterval = 2) async throws -> (error: OrderError?, placed: Bool) {
        let sandbox = try await FaultySandbox.start(faults)
        let cart = sandbox.cart()
        var failure: OrderError?
        do {
            _ = try await sandbox.client(timeout: timeout).place(cart: cart)
        } catch let error as OrderError {
            failure = error
        }
        let placed = try await sandbox.bookHolds(cart)
        await sandbox.stop()
        return (failure, placed)
    }

    @Test func noFaultsPlacesNormally() async throws {
        let result = try await outcome("none")
        #expect(result.error == nil)
        #expect(result.placed)
    }

    @Test func errorBeforeTheBookPlacesNothing() async throws {
        let result = try await outcome("error=1,side=before,seed=3")
        #expect(result.error != nil)
        #expect(!result.placed)
    }

    @Test func errorAfterTheBookIsAServerFailureOfAPlacedOrder() async throws {
        let result = try await outcome("error=1,side=after")
        guard case .serverFailure = result.error else {
            Issue.record("expected a server failure, got \(String(describing: result.error))")
            return
        }
        #expect(result.placed)
    }

    @Test func tooManyRequestsCarriesRetryAfter() async throws {
        let sandbox = try await FaultySandbox.start("error=1,side=before,seed=5")
        var statuses: Set<Int> = []
        for _ in 0..<12 {
            let response = try await sandbox.raw(.get, "/adility/offers/deal-sf-spa")
            statuses.insert(response.status)
            if response.status == 429 { #expect(response.header("Retry-After") == "1") }
        }
        await sandbox.stop()
        #expect(statuses.contains(429))
        #expect(statuses.isSubset(of: [429, 500, 502, 503]))
    }

    @Test(arguments: [FaultSide.before, .after])
    func hangOutlastsTheClientTimeout(side: FaultSide) async throws {
        let started = Date()
        let result = try await outcome("timeout=1,hang=3s,side=\(side.rawValue)", timeout: 0.5)
        guard case .timedOut = result.error else {
            Issue.record("expected a timeout, got \(String(describing: result.error))")
            return
        }
        #expect(result.placed == (side == .after))
        // The timeout error shows the client gave up before the hang ended; the bound only
        // catches a retry loop that never stops (10 s failed a clean-clone run under load).
        #expect(Date().timeIntervalSince(started) < 60)
    }

    @Test(arguments: [FaultSide.before, .after])
    func resetClosesTheConnectionMidAnswer(side: FaultSide) async throws {
        let result = try await outcome("reset=1,side=\(side.rawValue)")
        guard case .unreachable = result.error else {
            Issue.record("expected a lost connection, got \(String(describing: result.error))")
            return
        }
        #expect(result.placed == (side == .after))
    }

    @Test(arguments: [FaultSide.before, .after])
    func garbageIsAnUnreadableAnswer(side: FaultSide) async throws {
        for seed in 1...4 {
            let result = try await outcome("garbage=1,side=\(side.rawValue),seed=\(seed)")
            guard case .malformedResponse = result.error else {
                Issue.record("expected an unreadable answer, got \(String(describing: result.error))")
                return
            }
            #expect(result.placed == (side == .after))
        }
    }

    @Test func latencyDelaysEveryAnswer() async throws {
        let sandbox = try await FaultySandbox.start("latency=300ms")
        let started = Date()
        _ = try await sandbox.client().offers()
        #expect(Date().timeIntervalSince(started) >= 0.3)
        await sandbox.stop()
    }

    @Test func stopEndsAHangingResponse() async throws {
        let sandbox = try await FaultySandbox.start("timeout=1,hang=60s,side=after")
        let request = Task { try? await sandbox.client(timeout: 120).offers() }
        try await Task.sleep(for: .milliseconds(300))
        let started = Date()
        await sandbox.stop()
        // Well under the 60 s hang, with room for a loaded machine.
        #expect(Date().timeIntervalSince(started) < 30)
        _ = await request.value
    }

    @Test func controlRouteSwitchesFaultsAndCounts() async throws {
        let sandbox = try await FaultySandbox.start("none")
        let refused = try await sandbox.raw(.put, "/_sandbox/faults", body: "reset=2")
        #expect(refused.status == 400)
        #expect(String(decoding: refused.body, as: UTF8.self) == "faults 'reset=2': a share is a number from 0 to 1\n")
        #expect(try await sandbox.raw(.put, "/_sandbox/faults", body: "error=1,side=after").status == 200)
        #expect(try await sandbox.raw(.get, "/adility/offers/deal-sf-spa").status >= 500)
        let report = try JSONSerialization.jsonObject(with: try await sandbox.raw(.get, "/_sandbox/faults").body) as? [String: Any]
        #expect(report?["faults"] as? String == "error=1.0,hang=35s,side=after,seed=1")
        #expect(report?["requests"] as? Int == 1)
        #expect((report?["injected"] as? [String: Int])?["serverError.after"] == 1)
        #expect(try await sandbox.raw(.delete, "/_sandbox/faults").status == 200)
        #expect(try await sandbox.raw(.get, "/adility/offers/deal-sf-spa").status == 200)
        await sandbox.stop()
    }

    @Test func sameSeedDrawsTheSameFaults() throws {
        let faults = try SandboxFaults(parsing: "latency=0..1s,error=0.2,timeout=0.2,reset=0.2,garbage=0.2,seed=11")
        let first = FaultInjector(faults), second = FaultInjector(faults)
        let plans = (0..<50).map { _ in first.plan() }
        #expect(plans == (0..<50).map { _ in second.plan() })
        #expect(Set(plans.compactMap(\.counterName)).count >= 6)
    }
}
