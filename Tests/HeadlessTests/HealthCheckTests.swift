import Foundation
import Headless
import OrderFixtures
import OrderKit
import Testing

@Suite struct HealthCheckTests {
    private func account(_ orders: [Order]) -> AccountOrders {
        AccountOrders(account: "wl-demo", provider: .whitelabel, result: .success(OrderList(orders: orders)))
    }

    private let check = HealthCheck(stuckAfter: 2 * 3600, failedWithin: 24 * 3600, now: OrderFixtures.now)

    @Test func okWhenNothingIsStuckOrFailed() {
        let orders = [OrderFixtures.order("1", status: "Executed", phase: .completed, hoursAgo: 1),
                      OrderFixtures.order("2", status: "Submitted", phase: .processing, hoursAgo: 1)]
        let verdict = check.evaluate([account(orders)])
        #expect(verdict.state == .ok)
        #expect(verdict.state.exitCode == 0)
        #expect(verdict.line == "ORDERCON OK - 1 account, 1 in progress, none stuck or failed | failed=0;;1;0 stuck=0;1;;0 processing=1;;;0 unreachable=0;;1;0 unreadable=0;1;;0")
    }

    @Test func warningWhenProcessingOrAwaitingApprovalTooLong() {
        let orders = [OrderFixtures.order("7", status: "Reseller Pending Approval", phase: .awaitingApproval, hoursAgo: 3),
                      OrderFixtures.order("8", status: "Failed", phase: .failed, hoursAgo: 30)]
        let verdict = check.evaluate([account(orders)])
        #expect(verdict.state == .warning)
        #expect(verdict.state.exitCode == 1)
        #expect(verdict.line.hasPrefix("ORDERCON WARNING - 1 stuck over 2h: wl-demo/7 |"))
    }

    @Test func criticalWhenAnOrderFailedRecentlyEvenIfAnAccountIsDown() {
        let failed = OrderFixtures.order("9", status: "Failed", phase: .failed, hoursAgo: 5)
        let down = AccountOrders(account: "adobe-demo", provider: .adobe,
                                 result: .failure(.unreachable(account: "adobe-demo", detail: "refused")))
        let verdict = check.evaluate([account([failed]), down])
        #expect(verdict.state == .critical)
        #expect(verdict.state.exitCode == 2)
        #expect(verdict.line.contains("1 failed within 1d: wl-demo/9"))
        #expect(verdict.line.contains("unreachable=1"))
    }

    @Test func unknownWhenAnAccountCannotBeRead() {
        let down = AccountOrders(account: "wl-demo", provider: .whitelabel,
                                 result: .failure(.authenticationRefused(account: "wl-demo", detail: "bad token")))
        let verdict = check.evaluate([down])
        #expect(verdict.state == .unknown)
        #expect(verdict.state.exitCode == 3)
        #expect(verdict.line.contains("wl-demo refused the credentials"))
        #expect(!verdict.line.contains("\n"))
    }
}
