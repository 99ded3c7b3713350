import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing
import TerminalUI

/// The form widget, the order actions menu, a preview's confirmation and provider details,
/// compared with golden files.
@MainActor
@Suite struct FormScreenTests {
    private func completedSelected() -> ConsoleState {
        ScreenFixture.pressing(ScreenFixture.loaded(), .char("j"), .char("j"))
    }

    private func returnForm() -> ConsoleState {
        var state = ScreenFixture.pressing(completedSelected(), .char("o"))
        _ = ConsoleReducer.reduce(&state, .operationsLoaded(account: "wl-demo", orderID: "1034",
                                                            [FormFixtures.approve, FormFixtures.adobeReturn]))
        state = ScreenFixture.pressing(state, .down, .enter)
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", .operation(orderID: "1034", FormFixtures.adobeReturn),
                                                      .success(FormFixtures.returnFields), quantityKey: nil))
        return state
    }

    @Test func lineFormShowsEachFieldsWireKey() {
        var state = ScreenFixture.loaded()
        state.account.capabilities.serverSideDrafts = false
        let cart = LocalCart(id: "c1", account: "wl-demo", customerID: "1", customerName: "Acme", createdAt: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "wl-demo", .success(cart), note: "New cart"))
        state = ScreenFixture.pressing(state, .char("a"))
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "wl-demo", .success([FormFixtures.appxiteOffer])))
        state = ScreenFixture.pressing(state, .enter)
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", .newLine(cartID: "c1", offer: FormFixtures.appxiteOffer),
                                                      .success(FormFixtures.appxiteLine.fields), quantityKey: "quantityBox1"))
        ScreenFixture.check(ScreenFixture.pressing(state, .backspace, .char("5"), .tab, .right), "form-line")
    }

    @Test(arguments: FormFixtures.providerForms.indices)
    func eachProvidersForm(_ index: Int) {
        let form = FormFixtures.providerForms[index]
        var state = completedSelected()
        let purpose = FieldForm.Purpose.orderFields(orderID: "1034")
        state.dialog.modal = .form(FieldForm(purpose: purpose, title: form.title, notes: form.notes, warnings: form.warnings))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success(form.fields), quantityKey: nil))
        ScreenFixture.check(state, form.name)
    }

    /// A choice whose label its cell cuts is named whole under the field.
    @Test func aLongChoiceIsReadWholeUnderItsField() {
        let label = "Annual commitment, billed monthly in advance, renews automatically"
        let field = CustomField(name: "Billing", value: "annual", kind: .choice, key: "billingCycle",
                                choices: [.init(id: "monthly", label: "Monthly"), .init(id: "annual", label: label)])
        var state = completedSelected()
        let purpose = FieldForm.Purpose.orderFields(orderID: "1034")
        state.dialog.modal = .form(FieldForm(purpose: purpose, title: "Fields of order 1034"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success([field]), quantityKey: nil))
        let screen = ScreenFixture.render(state, columns: 80, rows: 24).text
        #expect(screen.contains("2 choices: ←→ · Annual commitment, billed monthly in"), "\(screen)")
        #expect(screen.contains("advance, renews automatically"))
    }

    @Test func operationsMenu() {
        var state = ScreenFixture.pressing(completedSelected(), .char("o"))
        _ = ConsoleReducer.reduce(&state, .operationsLoaded(account: "wl-demo", orderID: "1034",
                                                            [FormFixtures.approve, FormFixtures.adobeReturn]))
        ScreenFixture.check(state, "operations-menu")
    }

    @Test func operationFormWithAProblemInline() {
        ScreenFixture.check(ScreenFixture.pressing(returnForm(), .backspace, .char("5"), .enter), "form-operation")
    }

    @Test func previewConfirmation() {
        var state = ScreenFixture.pressing(returnForm(), .backspace, .char("2"), .enter)
        _ = ConsoleReducer.reduce(&state, .operationPreviewed(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn,
                                                              fields: [], .success(["Acrobat Pro ×2  refund USD 39.98",
                                                                                    "Total refund  USD 39.98"])))
        ScreenFixture.check(state, "confirm-operation")
    }

    @Test func detailWithProviderSections() {
        var state = ScreenFixture.pressing(completedSelected(), .enter)
        _ = ConsoleReducer.reduce(&state, .detailsLoaded(account: "wl-demo", orderID: "1034", .success([
            DetailSection(title: "Vouchers", rows: [
                .init("V-1 code", "ABCD-1234-EFGH"), .init("V-1 status", "active", tone: .success),
                .init("V-2 code", "WXYZ-9876-QRST"), .init("V-2 status", "expires in 2 days", tone: .warning),
            ]),
        ])))
        ScreenFixture.check(state, "detail-sections")
    }
}
