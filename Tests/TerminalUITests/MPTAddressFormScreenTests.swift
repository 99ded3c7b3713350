import ConsoleModel
import OrderFixtures
import OrderKit
import Testing
import TerminalUI

/// An MPT order's fields with an Address parameter, focused on its City after an edit: one
/// field per property, each named "Billing Address · …" and shown with its wire path, beside
/// a DataObject that stays read-only by its display text.
@MainActor
@Suite struct MPTAddressFormScreenTests {
    @Test func addressParameterIsOneFieldPerProperty() {
        var state = ScreenFixture.pressing(ScreenFixture.loaded(), .char("j"), .char("j"))
        let purpose = FieldForm.Purpose.orderFields(orderID: "1034")
        let address = "PRM-7301-0001-0009"
        let properties = [("addressLine1", "Address Line 1", "Hauptstrasse 12"), ("addressLine2", "Address Line 2", "3. OG"),
                          ("postCode", "Post Code", "10115"), ("city", "City", "Berlin"), ("state", "State", "Berlin"),
                          ("country", "Country", "DE")]
        let fields = [CustomField(name: "Microsoft Partner ID", value: "1234567", key: "PRM-7301-0001-0001", required: true)]
            + properties.map { property, label, value in
                CustomField(name: "Billing Address · \(label)", value: value, key: "\(address).\(property)")
            }
            + [CustomField(name: "Provisioning data", value: #"{"sku":"TM-B"}"#, key: "PRM-7301-0001-0011", readOnly: true,
                           hint: "a structured value: edit it in the Marketplace portal")]
        state.dialog.modal = .form(FieldForm(purpose: purpose, title: "Order fields"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success(fields), quantityKey: nil))
        ScreenFixture.check(ScreenFixture.pressing(state, .tab, .tab, .tab, .tab), "form-mpt-address")
    }
}
