import ConsoleModel
import OrderKit
import Testing

/// An MPT Checkbox of several options in the one form widget: ←→ move among the options,
/// Space ticks or unticks one, a letter jumps to an option, and the value is the ticked ids
/// as a JSON list, checked against the choices before anything is sent.
@Suite struct MPTCheckboxFormTests {
    private static let choices = [CustomField.Choice(id: "migration", label: "Mailbox migration"),
                                  CustomField.Choice(id: "training", label: "End-user training"),
                                  CustomField.Choice(id: "backup", label: "Cloud backup")]

    private static func addOns(_ value: String, required: Bool = false, readOnly: Bool = false) -> CustomField {
        CustomField(name: "Add-on Services", value: value, kind: .selections, key: "PRM-7301-0001-0010",
                    required: required, readOnly: readOnly, choices: choices)
    }

    private func press(_ form: inout FieldForm, _ keys: Key...) -> FieldForm.Outcome {
        keys.reduce(.editing) { _, key in form.handle(key) }
    }

    @Test func spaceTicksTheHighlightedOptionAndArrowsMoveTheHighlight() {
        let notes = CustomField(name: "PO", value: "", key: "PRM-2")
        var form = FieldForm(purpose: .orderFields(orderID: "ORD-1"), title: "Fields",
                             fields: [notes, Self.addOns(#"["backup"]"#)])
        _ = press(&form, .tab)
        #expect(form.option == 0)
        _ = press(&form, .char(" "))
        #expect(form.filled[1].value == #"["migration","backup"]"#)
        _ = press(&form, .left, .char(" "))
        #expect(form.option == 2)
        #expect(form.filled[1].value == #"["migration"]"#)
        _ = press(&form, .char("e"), .char(" "))
        #expect(form.option == 1)
        #expect(form.filled[1].value == #"["migration","training"]"#)
        #expect(form.filled[1].displayValue == "Mailbox migration, End-user training")
        #expect(form.changed.map(\.key) == ["PRM-7301-0001-0010"])
        _ = press(&form, .tab)
        #expect(form.option == 0)
        #expect(press(&form, .enter) == .submitted)
    }

    @Test func untickingAllOfARequiredOneOrAnUnknownOptionIsSaidBeforeSending() {
        var form = FieldForm(purpose: .orderFields(orderID: "ORD-1"), title: "Fields",
                             fields: [Self.addOns(#"["backup","gold"]"#, required: true)])
        #expect(press(&form, .enter) == .editing)
        #expect(form.problem(of: form.filled[0])
            == "Add-on Services has no option 'gold'; choose among Mailbox migration, End-user training, Cloud backup.")
        _ = press(&form, .right, .right, .char(" "))
        #expect(form.filled[0].value == #"["gold"]"#, "an id that is no choice stays until the user drops it")
        var empty = FieldForm(purpose: .orderFields(orderID: "ORD-1"), title: "Fields", fields: [Self.addOns("[]", required: true)])
        #expect(press(&empty, .enter) == .editing)
        #expect(empty.problem(of: empty.filled[0])
            == "Add-on Services needs at least one of Mailbox migration, End-user training, Cloud backup.")
        var locked = FieldForm(purpose: .orderFields(orderID: "ORD-1"), title: "Fields",
                               fields: [Self.addOns(#"["backup"]"#, readOnly: true)])
        _ = press(&locked, .char(" "))
        #expect(locked.filled[0].value == #"["backup"]"#)
        #expect(locked.problem(of: locked.filled[0]) == "Add-on Services is read-only.")
    }

    @Test func valuesReadTolerantlyAndWriteAsAJSONList() {
        #expect(CustomField.selections(in: "") == [])
        #expect(CustomField.selections(in: "[]") == [])
        #expect(CustomField.selections(in: #"["a,b","c"]"#) == ["a,b", "c"])
        #expect(CustomField.selections(in: "backup") == ["backup"])
        #expect(CustomField.text(of: ["a,b", "c/d"]) == #"["a,b","c/d"]"#)
        #expect(CustomField.selections(in: CustomField.text(of: ["x\"y"])) == ["x\"y"])
        #expect(Self.addOns("").displayValue == "")
        #expect(Self.addOns(#"["backup","gold"]"#).displayValue == "Cloud backup, gold")
        #expect(Self.addOns("").problem(with: "") == nil)
    }
}
