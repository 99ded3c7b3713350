import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

@Suite struct FilterSortCommandTests {
    private func type(_ state: inout ConsoleState, _ text: String) {
        for character in text { ConsoleFixture.press(&state, .char(character)) }
    }

    @Test func slashFiltersTheFocusedPaneLiveAndEscClears() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("/"))
        type(&state, "contoso")
        #expect(state.lists.list(.status).map(\.id) == ["1035"])
        #expect(state.lists.selectedID(.status) == "1035")
        ConsoleFixture.press(&state, .enter)
        #expect(state.dialog.modal == nil)
        #expect(state.lists.filters[.status] == PaneFilter("contoso"))
        #expect(state.lists.list(.drafts).count == 2)
        ConsoleFixture.press(&state, .escape)
        #expect(state.lists.filters[.status] == nil)
        #expect(state.lists.list(.status).count == 5)
    }

    @Test func slashReopensEmptyWithThePreviousFilterOneUpAway() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("/"))
        type(&state, "acme")
        ConsoleFixture.press(&state, .enter, .char("/"))
        #expect(state.dialog.modal == .input(InputLine(purpose: .filter(.status), earlier: ["acme"])))
        #expect(state.lists.filters[.status] == PaneFilter("acme"), "the filter in force stays until something is typed")
        type(&state, "contoso")
        ConsoleFixture.press(&state, .enter, .char("/"), .up)
        guard case .input(let line) = state.dialog.modal else { Issue.record("no input line"); return }
        #expect(line.text == "contoso")
        #expect(state.lists.filters[.status] == PaneFilter("contoso"))
        ConsoleFixture.press(&state, .up)
        #expect(state.lists.filters[.status] == PaneFilter("acme"))
        ConsoleFixture.press(&state, .up, .down, .down)
        #expect(state.lists.filters[.status] == nil, "past the newest, the line is empty again")
        ConsoleFixture.press(&state, .enter, .tab, .char("/"))
        #expect(state.dialog.modal == .input(InputLine(purpose: .filter(.items))), "each pane has its own filters")
    }

    @Test func theCommandLineRecallsEarlierCommands() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "stage all")
        ConsoleFixture.press(&state, .enter, .char(":"), .up)
        guard case .input(let line) = state.dialog.modal else { Issue.record("no input line"); return }
        #expect(line.text == "stage all")
    }

    @Test func filtersMatchIdCustomerOfferAndStatusWithRegexAndInversion() {
        let book = OrderFixtures.book
        #expect(book.filter(PaneFilter("executed").matches).map(\.id) == ["1034"])
        #expect(book.filter(PaneFilter("azure").matches).map(\.id) == ["1044"])
        #expect(book.filter(PaneFilter("re:^103[45]$").matches).map(\.id) == ["1035", "1034"])
        #expect(book.filter(PaneFilter("!acme").matches).allSatisfy { $0.customerName != "Acme GmbH" })
        #expect(PaneFilter("re:[").problem != nil)
        #expect(PaneFilter("re:[").matches(book[0]) == false)
    }

    @Test func anInvalidRegexIsClearedWithAMessage() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("/"))
        type(&state, "re:(")
        ConsoleFixture.press(&state, .enter)
        #expect(state.lists.filters[.status] == nil)
        #expect(state.messages.current?.text.hasPrefix("Filter cleared: not a regular expression") == true)
    }

    @Test func sortingCyclesFieldsAndReverses() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("s"))
        #expect(state.lists.sorts[.status] == PaneSort(field: .status, descending: true))
        #expect(state.lists.list(.status).map(\.status).first == "Submitted")
        ConsoleFixture.press(&state, .char("S"))
        #expect(state.lists.list(.status).map(\.status).first == "Cancelled by Reseller")
        ConsoleFixture.press(&state, .char("s"))
        #expect(state.lists.sorts[.status]?.field == .id)
        #expect(state.lists.list(.status).map(\.id) == ["1034", "1035", "1036", "1037", "1038"])
        ConsoleFixture.press(&state, .tab, .char("s"))
        #expect(state.messages.current?.text == "Only the Drafts and Status lists sort.")
    }

    @Test func commandLineCompletesAndRuns() {
        var state = ConsoleFixture.state()
        state.accounts.append(AccountSummary(name: "adobe-demo", provider: .adobe, capabilities: Capabilities(), isSandbox: true))
        state.themeNames = ["default", "high-contrast", "light", "mono"]
        #expect(ConsoleCommandLine.complete("ac", state: state) == "account ")
        #expect(ConsoleCommandLine.complete("account ado", state: state) == "account adobe-demo")
        #expect(ConsoleCommandLine.complete("theme h", state: state) == "theme high-contrast")
        #expect(ConsoleCommandLine.complete("stage c", state: state) == "stage confirmed")
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "sta")
        ConsoleFixture.press(&state, .tab)
        type(&state, "all")
        ConsoleFixture.press(&state, .enter)
        #expect(state.lists.stage == .all)
        #expect(state.lists.list(.status).count == 7)
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "phase failed")
        ConsoleFixture.press(&state, .enter)
        #expect(state.lists.list(.status).map(\.id) == ["1035"])
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "refresh 5s")
        ConsoleFixture.press(&state, .enter)
        #expect(state.refreshInterval() == 5)
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "theme mono")
        #expect(ConsoleFixture.press(&state, .enter) == [.applyTheme("mono")])
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "account adobe-demo")
        #expect(ConsoleFixture.press(&state, .enter) == [.loadCache(account: "adobe-demo"), .refresh(account: "adobe-demo")])
        #expect(state.account.name == "adobe-demo")
    }

    @Test func unknownCommandsSuggestTheClosest() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "acount x")
        ConsoleFixture.press(&state, .enter)
        #expect(state.messages.current?.text == "Unknown command :acount; did you mean :account?")
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "stage later")
        ConsoleFixture.press(&state, .enter)
        #expect(state.messages.current?.text == ":stage takes draft, confirmed or all.")
        #expect(state.lists.stage == .confirmed)
    }

    @Test func eventLogKeepsTheNewestCallsAndOpensAtTheEnd() {
        var state = ConsoleFixture.state()
        for index in 0..<(EventLog.limit + 20) {
            _ = ConsoleReducer.reduce(&state, .apiCall(RequestRecord(time: OrderFixtures.now, account: "wl-demo", method: "GET",
                                                               path: "/api/orders/\(index)", status: 200, duration: 0.01)))
        }
        #expect(state.log.events.count == EventLog.limit)
        #expect(state.log.events.first?.path == "/api/orders/20")
        ConsoleFixture.press(&state, .char(":"))
        type(&state, "log")
        ConsoleFixture.press(&state, .enter)
        #expect(state.dialog.modal == .log(scroll: EventLog.limit - state.rowsPerPane))
    }

    @Test func detailCopiesTheOrderID() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .enter)
        #expect(ConsoleFixture.press(&state, .char("y")) == [.copyToClipboard("1038")])
    }
}
