import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Order fields (whitelabel custom fields, MPT ordering parameters) and item
/// characteristics in the form, and resubmitting an order the provider sent back.
@Suite struct FieldsReducerTests {
    static let mpt = AccountSummary(name: "mpt-demo", provider: .mpt,
                                    capabilities: Capabilities(serverSideDrafts: true, deleteItem: true, previewPrice: true,
                                                               cancelOrder: true, customFields: true, resubmit: true),
                                    isSandbox: true)
    static let partnerID = CustomField(name: "Microsoft Partner ID", value: "", key: "PRM-1", required: true)
    static let agreement = CustomField(name: "Agreement Type", value: "Commercial", key: "PRM-2", readOnly: true)
    static let tenant = CustomField(name: "Tenant", value: "T-9", key: "PRM-3", hidden: true)
    static let purpose = FieldForm.Purpose.orderFields(orderID: "ORD-1")

    /// An MPT account with order ORD-1, sent back by the provider (Querying), loaded.
    static func querying() -> ConsoleState {
        var state = ConsoleState(account: Self.mpt, now: OrderFixtures.now)
        var querying = OrderFixtures.order("ORD-1", status: "Querying", phase: .awaitingApproval, hoursAgo: 1)
        querying.account = "mpt-demo"
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "mpt-demo", .success(OrderList(orders: [querying])), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "mpt-demo", .success([])))
        return state
    }

    private func form(_ state: ConsoleState) -> FieldForm? {
        if case .form(let form) = state.dialog.modal { return form }
        return nil
    }

    @Test func theFormShowsVendorErrorsAndSendsOnlyChangedValues() {
        var state = Self.querying()
        #expect(ConsoleFixture.press(&state, .char("e")) == [.loadForm(account: "mpt-demo", Self.purpose)])
        var withError = Self.partnerID
        withError.error = "Unknown MS Partner ID"
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Self.purpose,
                                                      .success([withError, Self.agreement, Self.tenant]), quantityKey: nil))
        guard let loaded = form(state) else { Issue.record("no form"); return }
        #expect(loaded.visibleFields.map(\.key) == ["PRM-1", "PRM-2"])
        #expect(loaded.problem(of: withError) == "Unknown MS Partner ID")
        #expect(loaded.focusedField?.key == "PRM-1")
        #expect(ConsoleFixture.press(&state, .enter).isEmpty)
        #expect(form(state)?.problem(of: withError) == "Microsoft Partner ID is required.")
        ConsoleFixture.press(&state, .tab, .char("x"))
        #expect(form(state)?.problem(of: Self.agreement) == "Agreement Type is read-only.")
        var saved = withError
        saved.value = "42"
        let effects = ConsoleFixture.press(&state, .backTab, .char("4"), .char("2"), .enter)
        #expect(effects == [.saveFields(account: "mpt-demo", Self.purpose, fields: [saved])])
        #expect(form(state)?.sending == true)
        saved.error = "Partner ID 42 is not enrolled"
        _ = ConsoleReducer.reduce(&state, .fieldsSaved(account: "mpt-demo", Self.purpose,
                                                       .success([saved, Self.agreement, Self.tenant])))
        guard let refused = form(state) else { Issue.record("the form closed on a refusal"); return }
        #expect(refused.value(of: saved) == "42")
        #expect(refused.problem(of: saved) == "Partner ID 42 is not enrolled")
        saved.value = "4711"
        saved.error = nil
        ConsoleFixture.press(&state, .backspace, .backspace, .char("4"), .char("7"), .char("1"), .char("1"), .enter)
        _ = ConsoleReducer.reduce(&state, .fieldsSaved(account: "mpt-demo", Self.purpose,
                                                       .success([saved, Self.agreement, Self.tenant])))
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "Saved on ORD-1.")
    }

    @Test func aSavedValueClosesTheFormEvenWhileAnotherStillNeedsFixing() {
        var state = Self.querying()
        var partnerID = Self.partnerID
        partnerID.error = "Unknown MS Partner ID"
        let poNumber = CustomField(name: "PO Number", value: "", key: "PRM-4")
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Self.purpose, .success([partnerID, poNumber]),
                                                      quantityKey: nil))
        ConsoleFixture.press(&state, .tab, .char("7"), .enter)
        var saved = poNumber
        saved.value = "7"
        state.lookups.details["ORD-1"] = [DetailSection(title: "Parameters", rows: [DetailSection.Row("PO", "old")])]
        let effects = ConsoleReducer.reduce(&state, .fieldsSaved(account: "mpt-demo", Self.purpose, .success([partnerID, saved])))
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "Saved on ORD-1. Still to fix: Microsoft Partner ID (e to edit).")
        #expect(state.lookups.details["ORD-1"] == nil, "the old details are not shown as if current")
        #expect(effects == [.loadOrder(account: "mpt-demo", orderID: "ORD-1"), .loadDetails(account: "mpt-demo", orderID: "ORD-1")])
    }

    /// A save answered with an error that is not a refusal may have been applied: the order
    /// is read back for the detail view and the form keeps the values to send again.
    @Test func aSaveWithAnUnclearAnswerReadsTheOrderBackAndKeepsTheForm() {
        var state = Self.querying()
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Self.purpose, .success([Self.partnerID]),
                                                      quantityKey: nil))
        ConsoleFixture.press(&state, .char("7"), .enter)
        state.lookups.details["ORD-1"] = [DetailSection(title: "Parameters", rows: [DetailSection.Row("PO", "old")])]
        let effects = ConsoleReducer.reduce(&state, .fieldsSaved(account: "mpt-demo", Self.purpose,
                                                                 .failure(.timedOut(detail: "no answer in 30 s"))))
        #expect(effects == [.loadOrder(account: "mpt-demo", orderID: "ORD-1"), .loadDetails(account: "mpt-demo", orderID: "ORD-1")])
        #expect(state.lookups.details["ORD-1"] == nil)
        guard case .form(let form) = state.dialog.modal else { Issue.record("the form closed"); return }
        #expect(form.value(of: Self.partnerID) == "7")
        #expect(!form.sending)
        let refused = ConsoleReducer.reduce(&state, .fieldsSaved(account: "mpt-demo", Self.purpose,
                                                                 .failure(.rejected(detail: "PRM-1 is not a partner id"))))
        #expect(refused.isEmpty, "a refusal is a clear answer")
    }

    @Test func escLeavesWithoutSendingAndNothingChangedSendsNothing() {
        var state = Self.querying()
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Self.purpose, .success([Self.partnerID]),
                                                      quantityKey: nil))
        #expect(ConsoleFixture.press(&state, .char("7"), .escape).isEmpty)
        #expect(state.dialog.modal == nil)
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Self.purpose,
                                                      .success([Self.agreement]), quantityKey: nil))
        #expect(ConsoleFixture.press(&state, .enter).isEmpty)
        #expect(state.messages.current?.text == "Nothing changed on ORD-1.")
    }

    @Test func unsavedInputSurvivesABackgroundRefresh() {
        var state = Self.querying()
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Self.purpose, .success([Self.partnerID]),
                                                      quantityKey: nil))
        ConsoleFixture.press(&state, .char("4"), .char("2"))
        #expect(state.refreshInterval() != nil, "refresh goes on while the form is open")
        var order = OrderFixtures.order("ORD-1", status: "Querying", phase: .awaitingApproval, hoursAgo: 1)
        order.account = "mpt-demo"
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "mpt-demo", .success(OrderList(orders: [order])), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(30)))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", .orderFields(orderID: "ORD-2"),
                                                      .success([Self.agreement]), quantityKey: nil))
        #expect(form(state)?.value(of: Self.partnerID) == "42")
    }

    @Test func typedValuesAreCheckedByKind() {
        var state = Self.querying()
        let seats = CustomField(name: "Seats", value: "1", kind: .number, maximum: 300)
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "mpt-demo", Self.purpose, .success([seats]), quantityKey: nil))
        ConsoleFixture.press(&state, .char("x"))
        #expect(form(state)?.problem(of: seats) == "Seats takes a number.")
        #expect(ConsoleFixture.press(&state, .char("0"), .char("0"), .char("0"), .enter).isEmpty)
        #expect(form(state)?.problem(of: seats) == "Seats is at most 300.")
    }

    @Test func characteristicsOfTheSelectedItemOpenFromItems() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.press(&state, .backTab)
        #expect(state.lists.focus == .items)
        let effects = ConsoleFixture.press(&state, .char("e"))
        let purpose = FieldForm.Purpose.characteristics(orderID: "1044", itemID: "5101")
        #expect(effects == [.loadForm(account: "wl-demo", purpose)])
        let domain = CustomField(name: "Domain", value: "acme.example")
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success([domain]), quantityKey: nil))
        var changed = domain
        changed.value = "acme.example2"
        #expect(ConsoleFixture.press(&state, .char("2"), .enter) == [.saveFields(account: "wl-demo", purpose, fields: [changed])])
    }

    @Test func aQueriedOrderCanBeResubmittedAfterAConfirmation() {
        var state = Self.querying()
        #expect(ConsoleFixture.pressPlace(&state).isEmpty)
        guard case .confirm(let question) = state.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(question.title == "Resubmit order ORD-1?")
        #expect(!question.yesSelected)
        #expect(ConsoleFixture.press(&state, .char("y")) == [.place(account: "mpt-demo", orderID: "ORD-1", content: "", verifyLines: false)])
    }

    @Test func providersWithoutFieldsSaySo() {
        var state = ConsoleFixture.state()
        state.account.capabilities.customFields = false
        #expect(ConsoleFixture.press(&state, .char("e")).isEmpty)
        #expect(state.messages.current?.text == "White-label orders have no fields to edit.")
    }

    /// p on a draft with a required field empty opens the fields form with the problem
    /// shown, instead of sending and meeting the provider's refusal.
    @Test func aDraftWithAnEmptyRequiredFieldOpensItsFormInsteadOfPlacing() {
        var state = Self.querying()
        track(&state, orderID: "ORD-1")
        _ = ConsoleReducer.reduce(&state, .fieldsNeeded(account: "mpt-demo", orderID: "ORD-1",
                                                        [Self.partnerID, Self.agreement, Self.tenant]))
        #expect(state.placement.inFlight.isEmpty)
        guard let shown = form(state) else { Issue.record("no form"); return }
        #expect(shown.purpose == Self.purpose)
        #expect(shown.problems["PRM-1"] != nil)
        #expect(state.messages.current?.text == "Draft ORD-1 cannot be placed yet: Microsoft Partner ID to fill in first.")
    }

    private func track(_ state: inout ConsoleState, orderID: String) {
        state.placement.inFlight.append(InFlight(.pricing, orderID: orderID, startedAt: OrderFixtures.now))
    }
}
