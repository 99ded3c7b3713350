import ConsoleModel
import OrderFixtures
import Testing

/// One list behaviour everywhere, through the keymap: pickers, the all-accounts view and the
/// scrolling views move with the same keys as the panes, `[keys]` overrides included; in a
/// picker a printable key that does not move starts the filter, and while it filters every
/// printable key is text.
@Suite struct ListBehaviourTests {
    private func customerPicker(keymap: Keymap = .standard) -> ConsoleState {
        var state = ConsoleFixture.state()
        state.keymap = keymap
        ConsoleFixture.press(&state, .char("n"))
        _ = ConsoleReducer.reduce(&state, .customersLoaded(account: "wl-demo", .success(OrderFixtures.customers)))
        return state
    }

    private func picker(_ state: ConsoleState) -> Picker? {
        if case .picker(let picker) = state.dialog.modal { return picker }
        return nil
    }

    @Test func listKeysMoveAPickerAndOtherPrintableKeysStartItsFilter() {
        var state = customerPicker()
        ConsoleFixture.press(&state, .char("j"), .char("j"))
        #expect(picker(state)?.selected == 2)
        ConsoleFixture.press(&state, .char("g"))
        #expect(picker(state)?.selected == 0)
        ConsoleFixture.press(&state, .char("G"))
        #expect(picker(state)?.selected == 2)
        ConsoleFixture.press(&state, .char("b"), .char("j"), .char("k"))
        #expect(picker(state)?.query == "bjk", "while filtering, j and k are text")
        ConsoleFixture.press(&state, .backspace, .backspace, .backspace, .char("a"), .down)
        #expect(picker(state)?.visible.map(\.label) == ["Acme GmbH", "Beta Logistics"])
        #expect(picker(state)?.selected == 1, "↑↓ still move while filtering")
        ConsoleFixture.press(&state, .escape)
        #expect(picker(state)?.query == "", "Esc clears the filter first")
        ConsoleFixture.press(&state, .escape)
        #expect(state.dialog.modal == nil)
    }

    @Test func overriddenKeysMovePickersAndArrowsAlwaysDo() throws {
        let keymap = try Keymap.standard.overriding(["move_down": "J", "move_up": "K"])
        var state = customerPicker(keymap: keymap)
        ConsoleFixture.press(&state, .char("J"), .down)
        #expect(picker(state)?.selected == 2)
        ConsoleFixture.press(&state, .char("K"), .up)
        #expect(picker(state)?.selected == 0)
        ConsoleFixture.press(&state, .char("j"))
        #expect(picker(state)?.query == "j", "j no longer moves, so it filters")
    }

    @Test func moveStaysInTheListWhateverTheKey() {
        #expect(ListMove.down.applied(to: 2, count: 3, page: 5) == 2)
        #expect(ListMove.pageDown.applied(to: 0, count: 3, page: Int.max) == 2)
        #expect(ListMove.pageUp.applied(to: 1, count: 3, page: 5) == 0)
        #expect(ListMove.bottom.applied(to: 0, count: 0, page: 5) == 0)
        #expect(ListMove.of(.char("j"), keymap: .standard, typing: true) == nil)
        #expect(ListMove.of(.end, keymap: .standard, typing: true) == .bottom)
    }

    @Test func theLogScrollsWithTheSameKeysAndStopsAtTheEndTheFrameMeasured() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char(":"))
        for character in "log" { ConsoleFixture.press(&state, .char(character)) }
        ConsoleFixture.press(&state, .enter)
        #expect(state.dialog.modal == .log(scroll: 0))
        _ = ConsoleReducer.reduce(&state, .dialogMeasured(ViewExtent(bottom: 0)))
        ConsoleFixture.press(&state, .char("j"), .pageDown, .char("G"))
        #expect(state.dialog.modal == .log(scroll: 0), "a log that fits has nowhere to go")
        _ = ConsoleReducer.reduce(&state, .dialogMeasured(ViewExtent(bottom: 12)))
        ConsoleFixture.press(&state, .char("G"))
        #expect(state.dialog.modal == .log(scroll: 12))
        _ = ConsoleReducer.reduce(&state, .dialogMeasured(ViewExtent(bottom: 4)))
        #expect(state.dialog.modal == .log(scroll: 4), "a taller screen pulls the view back to its new end")
        ConsoleFixture.press(&state, .char("k"))
        #expect(state.dialog.modal == .log(scroll: 3), "k moves at once after G: the position is never past the end")
        ConsoleFixture.press(&state, .escape)
        #expect(state.dialog.modal == nil)
    }
}
