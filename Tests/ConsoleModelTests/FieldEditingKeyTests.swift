import ConsoleModel
import OrderFixtures
import OrderKit
import Testing

/// Every text field of the console edits like readline, and no editing key closes it.
@Suite struct FieldEditingKeyTests {
    private func reduce(_ state: inout ConsoleState, _ keys: Key...) {
        for key in keys { _ = ConsoleReducer.reduce(&state, .key(key)) }
    }

    private func filterText(_ state: ConsoleState) -> String? {
        guard case .input(let line) = state.dialog.modal else { return nil }
        return line.text
    }

    @Test func theFilterLineEditsAndStaysOpen() {
        var state = ConsoleFixture.state()
        reduce(&state, .char("/"), .char("A"), .char("c"), .char("m"), .char("e"), .home, .delete)
        #expect(filterText(state) == "cme")
        reduce(&state, .end, .left, .ctrl(.char("k")))
        #expect(filterText(state) == "cm")
        reduce(&state, .ctrl(.char("u")), .right, .left, .delete, .insert, .function(5))
        #expect(filterText(state) == "")
        reduce(&state, .backspace)
        #expect(state.dialog.modal == nil, "Backspace on an empty line closes it, as before")
    }

    @Test func aFormsTextFieldEditsAtItsCursorAndTheFocusPutsItAtTheEnd() {
        var form = FieldForm(purpose: .orderFields(orderID: "1"), title: "Form",
                             fields: [CustomField(name: "Partner ID", value: "1234567", key: "mpn"),
                                      CustomField(name: "Seats", value: "10", kind: .number, key: "seats")])
        for key: Key in [.home, .delete, .char("9"), .end, .alt(.left), .ctrl(.char("k")), .char("x")] {
            #expect(form.handle(key) == .editing)
        }
        #expect(form.value(of: form.visibleFields[0]) == "x")
        #expect(form.cursor == 1)
        _ = form.handle(.tab)
        #expect(form.cursor == nil)
        for key: Key in [.home, .char("2"), .char("a")] { _ = form.handle(key) }
        #expect(form.value(of: form.visibleFields[1]) == "210")
        #expect(form.problem(of: form.visibleFields[1]) == "Seats takes a number.")
    }

    @Test func theQuantityPromptTakesDigitsWhereTheCursorIs() {
        var prompt = QuantityPrompt(offer: Offer(id: "MS365-E3", name: "Microsoft 365 E3", price: nil))
        #expect(prompt.editor.apply(.home) == .moved)
        #expect(prompt.editor.apply(.char("2"), accepts: \.isNumber) == .changed)
        #expect(prompt.quantity == 21)
    }
}
