import ConsoleModel
import OrderFixtures
import OrderKit
import Testing
import TerminalUI

/// An MPT order's fields with a Checkbox of several options, focused on it after a tick:
/// the highlighted option with its box, the ticked ones named below, and the footer's keys.
@MainActor
@Suite struct MPTCheckboxFormScreenTests {
    @Test func checkboxOfSeveralOptionsIsAMultiSelect() {
        var state = ScreenFixture.pressing(ScreenFixture.loaded(), .char("j"), .char("j"))
        let purpose = FieldForm.Purpose.orderFields(orderID: "1034")
        let choices = [CustomField.Choice(id: "migration", label: "Mailbox migration"),
                       CustomField.Choice(id: "training", label: "End-user training"),
                       CustomField.Choice(id: "backup", label: "Cloud backup")]
        let fields = [
            CustomField(name: "Microsoft Partner ID", value: "1234567", key: "PRM-7301-0001-0001", required: true),
            CustomField(name: "Co-terminate Subscriptions", value: "false", kind: .boolean, key: "PRM-7301-0001-0008"),
            CustomField(name: "Add-on Services", value: #"["backup"]"#, kind: .selections, key: "PRM-7301-0001-0010",
                        choices: choices),
            CustomField(name: "Billing Address", value: "Hauptstrasse 12, Berlin, DE, 10115", key: "PRM-7301-0001-0009",
                        readOnly: true, hint: "a structured value: edit it in the Marketplace portal"),
        ]
        state.dialog.modal = .form(FieldForm(purpose: purpose, title: "Order fields"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success(fields), quantityKey: nil))
        ScreenFixture.check(ScreenFixture.pressing(state, .tab, .tab, .char(" "), .right), "form-mpt-checkbox")
    }
}
