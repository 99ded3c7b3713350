import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

@Suite struct OverviewReducerTests {
    static let adobe = AccountSummary(name: "adobe-demo", provider: .adobe, capabilities: Capabilities(), isSandbox: true)

    private func state() -> ConsoleState {
        var state = ConsoleFixture.state()
        state.accounts.append(Self.adobe)
        return state
    }

    private func open(_ state: inout ConsoleState) -> [Effect] {
        ConsoleFixture.press(&state, .char(":"))
        for character in "all" { ConsoleFixture.press(&state, .char(character)) }
        return ConsoleFixture.press(&state, .enter)
    }

    private func adobeOrder(_ id: String, _ status: String, _ phase: Phase, hoursAgo: Double) -> Order {
        var order = OrderFixtures.order(id, status: status, phase: phase, hoursAgo: hoursAgo)
        order.provider = .adobe
        order.account = "adobe-demo"
        return order
    }

    @Test func allRefreshesEveryAccountAndListsWhatNeedsAttention() {
        var state = state()
        #expect(open(&state) == [.refresh(account: "wl-demo"), .refresh(account: "adobe-demo")])
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adobe-demo", .success(OrderList(orders: [
            adobeOrder("A1", "1002", .processing, hoursAgo: 1), adobeOrder("A2", "1004", .failed, hoursAgo: 48),
            adobeOrder("A3", "1000", .completed, hoursAgo: 1),
        ])), at: OrderFixtures.now))
        let rows = state.refresh.overview?.rows(now: state.now) ?? []
        #expect(rows.map(\.order.id) == ["A1", "1038", "1035", "1036"])
        #expect(rows.map(\.account) == ["adobe-demo", "wl-demo", "wl-demo", "wl-demo"])
        #expect(state.account.name == "wl-demo")
    }

    @Test func aFailingAccountIsMarkedAndBacksOffWithoutHoldingUpTheOthers() {
        var state = state()
        _ = open(&state)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adobe-demo", .success(OrderList(orders: [adobeOrder("A1", "1002", .processing, hoursAgo: 1)])),
                                                        at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adobe-demo",
                                                        .failure(.unreachable(account: "adobe-demo", detail: "refused")),
                                                        at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        let overview = try! #require(state.refresh.overview)
        #expect(overview.failing.map(\.name) == ["adobe-demo"])
        #expect(overview.rows(now: state.now).first { $0.account == "adobe-demo" }?.stale == true)
        #expect(overview.accounts["adobe-demo"]?.due == state.now.addingTimeInterval(4))
        #expect(overview.accounts["wl-demo"]?.due == state.now.addingTimeInterval(2))
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(3)))
        #expect(ConsoleReducer.reduce(&state, .refreshDue) == [.refresh(account: "wl-demo")])
        #expect(ConsoleReducer.reduce(&state, .refreshDue).isEmpty)
    }

    @Test func enterOpensTheRowsAccountOnThatOrderAndEscCloses() {
        var state = state()
        _ = open(&state)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adobe-demo", .success(OrderList(orders: [adobeOrder("A1", "1002", .processing, hoursAgo: 1)])),
                                                        at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        let effects = ConsoleFixture.press(&state, .enter)
        #expect(state.refresh.overview == nil)
        #expect(state.account.name == "adobe-demo")
        #expect(state.lists.selection[.status] == "A1")
        #expect(effects.contains(.refresh(account: "adobe-demo")))
        _ = open(&state)
        ConsoleFixture.press(&state, .escape)
        #expect(state.refresh.overview == nil)
    }
}
