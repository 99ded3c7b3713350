import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

@Suite struct KeymapTests {
    @Test func overridesRebindAnActionToExactlyOneKey() throws {
        let keymap = try Keymap.standard.overriding(["place": "P", "pause_refresh": "Space"])
        #expect(keymap.command(for: .char("P")) == .place)
        #expect(keymap.command(for: .char("p")) == nil)
        #expect(keymap.command(for: .char(" ")) == .pauseRefresh)
        var state = ConsoleFixture.state()
        state.keymap = keymap
        #expect(HelpLines.make(state).contains { $0.keys == "P" && $0.text == Command.place.title })
        #expect(HelpLines.make(state).contains { $0.keys == "Space" && $0.text == Command.pauseRefresh.title })
    }

    @Test func unknownActionsKeysAndConflictsAreRefusedNamingThem() {
        #expect(throws: KeymapError.self) { try Keymap.standard.overriding(["plac": "P"]) }
        #expect(throws: KeymapError(message: "[keys] place = \"Ctrl-Q\": not a key; use one character or Enter, Esc, Tab, S-Tab, Space, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End")) {
            try Keymap.standard.overriding(["place": "Ctrl-Q"])
        }
        #expect(throws: KeymapError(message: "[keys]: q would run both quit and place; bind one of them to another key")) {
            try Keymap.standard.overriding(["place": "q"])
        }
        #expect(Command.newDraft.configName == "new_draft")
    }

    @Test func zPausesAndResumesBackgroundRefresh() {
        var state = ConsoleFixture.state()
        #expect(state.refreshInterval() == 2)
        ConsoleFixture.press(&state, .char("Z"))
        #expect(state.refresh.paused)
        #expect(state.refreshInterval() == nil)
        #expect(ConsoleReducer.reduce(&state, .refreshDue).isEmpty)
        #expect(ConsoleFixture.press(&state, .char("r")) == [.refresh(account: "wl-demo")])
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        ConsoleFixture.press(&state, .char("Z"))
        #expect(state.refreshInterval() == 2)
    }
}
