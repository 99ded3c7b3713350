import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Esc never loses what was typed: the same form opened again brings it back; another form
/// on the same order, or an account switch, starts clean.
@Suite struct KeptFormTests {
    private typealias Fields = FieldsReducerTests

    private func typedAndLeft() -> ConsoleState {
        var state = Fields.querying()
        open(&state)
        for character in "7654321" { ConsoleFixture.press(&state, .char(character)) }
        ConsoleFixture.press(&state, .home, .char("1"), .escape)
        return state
    }

    private func open(_ state: inout ConsoleState) {
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Fields.purpose,
                                                      .success([Fields.partnerID, Fields.agreement]), quantityKey: nil))
    }

    private func typed(_ state: ConsoleState) -> String? {
        guard case .form(let form) = state.dialog.modal else { return nil }
        return form.value(of: Fields.partnerID)
    }

    @Test func escKeepsTheValuesAndTheSameFormBringsThemBack() {
        var state = typedAndLeft()
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "What you typed is kept: it is back when you open this form again.")
        #expect(state.dialog.kept.holds(Fields.purpose))
        open(&state)
        #expect(typed(state) == "17654321")
        ConsoleFixture.press(&state, .escape)
        open(&state)
        #expect(typed(state) == "17654321", "kept again each time it is left")
    }

    @Test func anotherFormOnTheSameOrderStartsClean() {
        var state = typedAndLeft()
        ConsoleFixture.press(&state, .char("o"))
        _ = ConsoleReducer.reduce(&state, .operationsLoaded(account: "mpt-demo", orderID: "ORD-1", [FormFixtures.notes]))
        ConsoleFixture.press(&state, .enter)
        #expect(!state.dialog.kept.holds(Fields.purpose))
        ConsoleFixture.press(&state, .escape)
        open(&state)
        #expect(typed(state) == "")
    }

    @Test func anAccountSwitchStartsClean() {
        let state = typedAndLeft()
        let other = AccountSummary(name: "other", provider: .mpt, capabilities: .init(), isSandbox: true)
        #expect(!state.switched(to: other).dialog.kept.holds(Fields.purpose))
    }

    @Test func anUntouchedFormKeepsNothingAndSaysNothing() {
        var state = typedAndLeft()
        open(&state)
        ConsoleFixture.press(&state, .escape)
        _ = ConsoleReducer.reduce(&state, .tick(state.now.addingTimeInterval(60)))
        open(&state)
        ConsoleFixture.press(&state, .ctrl(.char("u")), .escape)
        #expect(state.dialog.kept.holds(Fields.purpose) == false)
        #expect(state.messages.current == nil)
    }
}
