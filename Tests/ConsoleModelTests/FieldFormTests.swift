import ConsoleModel
import OrderFixtures
import OrderKit
import Testing

/// The form widget on its own: moving, editing each kind, checking and keeping typed values.
@Suite struct FieldFormTests {
    private func form(_ fields: [CustomField]) -> FieldForm {
        FieldForm(purpose: .orderFields(orderID: "1"), title: "Form", fields: fields)
    }

    private func press(_ form: inout FieldForm, _ keys: Key...) -> FieldForm.Outcome {
        keys.reduce(.editing) { _, key in form.handle(key) }
    }

    @Test func tabAndArrowsMoveAroundAndWrap() {
        var form = form(FormFixtures.appxiteLine.fields)
        #expect(form.focusedField?.key == "quantityBox1")
        _ = press(&form, .tab, .tab)
        #expect(form.focusedField?.key == "dataCenterLocation")
        _ = press(&form, .down)
        #expect(form.focusedField?.key == "quantityBox1")
        _ = press(&form, .backTab)
        #expect(form.focusedField?.key == "dataCenterLocation")
        _ = press(&form, .up)
        #expect(form.focusedField?.key == "ChargePeriod.pricingFrequency")
    }

    @Test func choicesCycleWithArrowsAndJumpByLetter() {
        var form = form(FormFixtures.appxiteLine.fields)
        _ = press(&form, .tab, .right)
        #expect(form.filled[1].value == "P-A")
        _ = press(&form, .right)
        #expect(form.filled[1].value == "P-M")
        _ = press(&form, .left)
        #expect(form.filled[1].value == "P-A")
        _ = press(&form, .tab, .char("n"))
        #expect(form.filled[2].value == "12")
        #expect(form.filled[2].displayValue == "North Europe")
        #expect(form.changed.map(\.key) == ["ChargePeriod.pricingFrequency", "dataCenterLocation"])
    }

    @Test func booleansToggleAndDatesAreChecked() {
        var form = form([CustomField(name: "Auto-renew", value: "false", kind: .boolean),
                         CustomField(name: "Start", value: "", kind: .date, required: true)])
        _ = press(&form, .char(" "))
        #expect(form.filled[0].value == "true")
        _ = press(&form, .tab, .char("x"))
        #expect(form.problem(of: form.visibleFields[1]) == "Start is a date: YYYY-MM-DD.")
        #expect(press(&form, .char("2"), .char("0"), .char("2"), .char("6"), .enter) == .editing)
        #expect(form.problem(of: form.visibleFields[1]) == "Start is a date: YYYY-MM-DD.")
        #expect(press(&form, .char("-"), .char("1"), .char("2"), .char("-"), .char("0"), .char("1"), .enter) == .submitted)
    }

    @Test func hiddenFieldsAreKeptAndSentButNeverShown() {
        let hidden = CustomField(name: "Tenant", value: "T-1", key: "PRM-9", hidden: true)
        var form = form([hidden, CustomField(name: "PO", value: "")])
        #expect(form.visibleFields.map(\.name) == ["PO"])
        _ = press(&form, .char("7"))
        #expect(form.filled.map(\.value) == ["T-1", "7"])
    }

    @Test func escLeavesAndNothingIsEditableWhileSending() {
        var form = form([CustomField(name: "PO", value: "")])
        form.sending = true
        #expect(press(&form, .char("7"), .enter) == .editing)
        #expect(form.changed.isEmpty)
        #expect(press(&form, .escape) == .cancelled)
    }

    @Test func reloadingKeepsWhatTheProviderDidNotTakeAndMovesToItsComplaint() {
        var form = form([CustomField(name: "A", value: "1"), CustomField(name: "B", value: "")])
        _ = press(&form, .char("2"), .tab, .char("x"))
        form.load([CustomField(name: "A", value: "12"),
                   CustomField(name: "B", value: "", error: "B must be a customer number")])
        #expect(form.values == ["B": "x"])
        #expect(form.focusedField?.name == "B")
        #expect(form.problem(of: form.visibleFields[1]) == nil)
    }
}
