import ConsoleModel
import OrderFixtures
import Testing

/// The sub-states keep their own rules: one refresh at a time, and a switch of account
/// keeps only which journals were checked.
@Suite struct SubStateTests {
    @Test func aSecondRefreshWaitsForTheFirst() {
        var state = ConsoleFixture.state()
        #expect(ConsoleFixture.press(&state, .char("r")) == [.refresh(account: "wl-demo")])
        #expect(ConsoleFixture.press(&state, .char("r")).isEmpty)
        #expect(ConsoleReducer.reduce(&state, .refreshDue).isEmpty)
        #expect(state.refresh.running)
    }

    @Test func switchingBackToACheckedAccountNeedsNoSecondCheck() {
        var state = ConsoleFixture.state()
        state.placement.learnedAt["1044"] = OrderFixtures.now
        var other = state.switched(to: AccountSummary(name: "other", provider: .mpt, capabilities: .init(), isSandbox: true))
        #expect(other.placement.journalCheck == .pending)
        #expect(other.placement.learnedAt.isEmpty)
        other.placement.reconciledAccounts.insert("other")
        let back = other.switched(to: state.account)
        #expect(back.placement.journalCheck == .done)
    }
}
