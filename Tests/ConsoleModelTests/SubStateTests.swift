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

    @Test func sortingKeepsTheSelectedOrderSelectedEvenWhenSelectedByDefault() {
        var state = ConsoleFixture.state()
        let first = state.lists.selectedID(.status)
        ConsoleFixture.press(&state, .char("S"))
        #expect(state.lists.selectedID(.status) == first)
        #expect(state.lists.selectedIndex(.status) == state.lists.rowCount(.status) - 1, "reversed: it went to the bottom")
        ConsoleFixture.press(&state, .char("j"), .char("s"))
        let moved = state.lists.selectedID(.status)
        ConsoleFixture.press(&state, .char("s"), .char("S"))
        #expect(state.lists.selectedID(.status) == moved)
    }

    @Test func navigationTouchesOnlyTheLists() {
        var state = ConsoleFixture.state()
        var lists = state.lists
        lists.navigate(.moveDown, page: 5)
        lists.navigate(.nextPane, page: 5)
        ConsoleFixture.press(&state, .char("j"), .tab)
        #expect(state.lists.focus == lists.focus && state.lists.selection == lists.selection)
        #expect(state.lists.itemsOrderID != lists.itemsOrderID, "the Items pane follows only through the whole reducer")
        lists.navigate(.previousPane, page: 5)
        lists.navigate(.bottom, page: 5)
        #expect(lists.selectedIndex(.status) == lists.rowCount(.status) - 1)
        lists.navigate(.pageUp, page: 2)
        #expect(lists.selectedIndex(.status) == lists.rowCount(.status) - 3)
    }

    @Test func everyMessageIsKeptForMessagesAfterTheStatusBarDropsIt() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("Z"))
        ConsoleFixture.press(&state, .char("Z"))
        #expect(state.messages.current?.text == "Background refresh resumed.")
        _ = ConsoleReducer.reduce(&state, .tick(state.now.addingTimeInterval(60)))
        #expect(state.messages.current == nil)
        #expect(state.messages.said.suffix(2).map(\.text)
                == ["Background refresh paused: Z resumes, r refreshes once.", "Background refresh resumed."])
        let other = AccountSummary(name: "other", provider: .mpt, capabilities: .init(), isSandbox: true)
        #expect(state.switched(to: other).messages == state.messages, "the session's messages outlive a switch")
    }

    @Test func theHistoryKeepsTheNewestMessagesOnly() {
        var messages = Messages()
        for index in 0..<(Messages.kept + 20) {
            messages.post(Toast("message \(index)", now: OrderFixtures.now))
        }
        #expect(messages.said.count == Messages.kept)
        #expect(messages.said.first?.text == "message 20")
        #expect(messages.current?.text == "message \(Messages.kept + 19)")
    }
}
