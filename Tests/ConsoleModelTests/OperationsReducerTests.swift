import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// The order actions menu (`o`): forms, previews, confirmations, and the order afterwards;
/// and a line's form when adding an item.
@Suite struct OperationsReducerTests {
    private func state(readOnly: Bool = false) -> ConsoleState {
        var state = ConsoleFixture.state(readOnly: readOnly)
        ConsoleFixture.press(&state, .char("j"), .char("j"))
        return state
    }

    private var completed: Order { OrderFixtures.book.first { $0.id == "1034" }! }

    private func openReturnForm(_ state: inout ConsoleState) {
        #expect(ConsoleFixture.press(&state, .char("o")) == [.loadOperations(account: "wl-demo", order: completed)])
        _ = ConsoleReducer.reduce(&state, .operationsLoaded(account: "wl-demo", orderID: "1034",
                                                            [FormFixtures.approve, FormFixtures.adobeReturn]))
        guard case .picker(let picker) = state.dialog.modal else { Issue.record("no menu"); return }
        #expect(picker.visible.map(\.label) == ["Approve", "Return lines"])
        let purpose = FieldForm.Purpose.operation(orderID: "1034", FormFixtures.adobeReturn)
        #expect(ConsoleFixture.press(&state, .down, .enter) == [.loadForm(account: "wl-demo", purpose)])
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success(FormFixtures.returnFields),
                                                      quantityKey: nil))
    }

    @Test func aReturnIsFilledInPreviewedConfirmedAndPerformed() {
        var state = state()
        #expect(state.lists.selectedID(.status) == "1034")
        openReturnForm(&state)
        ConsoleFixture.press(&state, .backspace, .char("5"), .enter)
        guard case .form(let refused) = state.dialog.modal else { Issue.record("a return beyond what remains was sent"); return }
        #expect(refused.problem(of: FormFixtures.returnFields[0]) == "Acrobat Pro is at most 3.")
        var fields = FormFixtures.returnFields
        fields[0].value = "2"
        let preview = ConsoleFixture.press(&state, .backspace, .char("2"), .enter)
        #expect(preview == [.previewOperation(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn, fields: fields)])
        _ = ConsoleReducer.reduce(&state, .operationPreviewed(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn,
                                                              fields: fields, .success(["Acrobat Pro ×2  refund USD 39.98"])))
        guard case .confirm(let question) = state.dialog.modal else { Issue.record("no confirmation"); return }
        #expect(question.lines == ["Acrobat Pro ×2  refund USD 39.98", "Returned licences are removed from the customer at once."])
        #expect(!question.yesSelected)
        ConsoleFixture.press(&state, .char("n"))
        guard case .form(let back) = state.dialog.modal else { Issue.record("No did not go back to the form"); return }
        #expect(back.value(of: fields[0]) == "2")
        ConsoleFixture.press(&state, .enter)
        _ = ConsoleReducer.reduce(&state, .operationPreviewed(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn,
                                                              fields: fields, .success(["Acrobat Pro ×2"])))
        let effects = ConsoleFixture.press(&state, .char("y"))
        #expect(effects == [.performOperation(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn, fields: fields)])
        #expect(state.placement.busy == ["Return lines on 1034"])
        let created = OrderFixtures.order("R-1", status: "Processing", phase: .processing, hoursAgo: 0)
        let after = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034",
                                                                      FormFixtures.adobeReturn, .success(created)))
        #expect(after.contains(.loadItems(account: "wl-demo", orderID: "R-1")))
        #expect(state.lists.selectedID(.status) == "R-1")
        #expect(state.messages.current?.text == "Return lines: order R-1 created, Processing.")
        #expect(state.placement.busy.isEmpty)
    }

    /// While the journal still asks the provider about an earlier lost answer, an operation
    /// that creates an order waits, like placing.
    @Test func anOrderCreatingOperationWaitsForTheJournalCheck() {
        var state = state()
        openReturnForm(&state)
        ConsoleFixture.press(&state, .backspace, .char("1"), .enter)
        _ = ConsoleReducer.reduce(&state, .operationPreviewed(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn,
                                                              fields: [], .success(["Acrobat Pro ×1"])))
        state.placement.journalCheck = .pending
        #expect(ConsoleFixture.press(&state, .char("y")).isEmpty)
        #expect(state.messages.current?.text.hasPrefix("Still checking unfinished placements") == true)
        #expect(state.placement.busy.isEmpty)
    }

    @Test func aFailedPreviewGoesBackToTheFormWithEverythingKept() {
        var state = state()
        openReturnForm(&state)
        ConsoleFixture.press(&state, .backspace, .char("1"), .enter)
        _ = ConsoleReducer.reduce(&state, .operationPreviewed(account: "wl-demo", orderID: "1034", FormFixtures.adobeReturn,
                                                              fields: [], .failure(.conflict(detail: "the 14 days are over"))))
        guard case .form(let form) = state.dialog.modal else { Issue.record("the form was lost"); return }
        #expect(!form.sending)
        #expect(form.value(of: FormFixtures.returnFields[0]) == "1")
        #expect(state.messages.current?.kind == .error)
    }

    @Test func operationsWithoutFormConfirmAndThoseThatDoNotConfirmRunAtOnce() {
        var state = state()
        ConsoleFixture.press(&state, .char("o"))
        _ = ConsoleReducer.reduce(&state, .operationsLoaded(account: "wl-demo", orderID: "1034",
                                                            [FormFixtures.approve, FormFixtures.notes]))
        #expect(ConsoleFixture.press(&state, .enter).isEmpty)
        guard case .confirm(let question) = state.dialog.modal else { Issue.record("approve ran without asking"); return }
        #expect(question.title == "Approve · order 1034?")
        #expect(ConsoleFixture.press(&state, .char("y")) == [.performOperation(account: "wl-demo", orderID: "1034",
                                                                               FormFixtures.approve, fields: [])])
        ConsoleFixture.press(&state, .char("o"))
        ConsoleFixture.press(&state, .down, .enter)
        let purpose = FieldForm.Purpose.operation(orderID: "1034", FormFixtures.notes)
        let note = CustomField(name: "Notes", value: "")
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success([note]), quantityKey: nil))
        var typed = note
        typed.value = "ok"
        #expect(ConsoleFixture.press(&state, .char("o"), .char("k"), .enter)
                == [.performOperation(account: "wl-demo", orderID: "1034", FormFixtures.notes, fields: [typed])])
    }

    @Test func anEmptyMenuSaysSoAndReadOnlyHasNone() {
        var state = state()
        ConsoleFixture.press(&state, .char("o"))
        _ = ConsoleReducer.reduce(&state, .operationsLoaded(account: "wl-demo", orderID: "1034", []))
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "White-label offers nothing more for order 1034 (Executed) now.")
        var readOnly = self.state(readOnly: true)
        #expect(ConsoleFixture.press(&readOnly, .char("o")).isEmpty)
        #expect(readOnly.dialog.modal == nil)
    }

    @Test func anOperationTheOrderCannotTakeIsListedWithItsReasonAndRefusedSayingWhy() {
        var state = state()
        ConsoleFixture.press(&state, .char("o"))
        let late = FormFixtures.adobeReturn.unavailable("only within 14 days of the order (placed 20 days ago)")
        _ = ConsoleReducer.reduce(&state, .operationsLoaded(account: "wl-demo", orderID: "1034", [late]))
        guard case .picker(let picker) = state.dialog.modal else { Issue.record("no menu"); return }
        #expect(picker.visible.map(\.detail) == ["only within 14 days of the order (placed 20 days ago)"])
        #expect(ConsoleFixture.press(&state, .enter).isEmpty)
        #expect(state.messages.current?.text == "Return lines is not available: only within 14 days of the order (placed 20 days ago).")
        guard case .picker = state.dialog.modal else { Issue.record("the menu closed"); return }
    }

    @Test func aLineFormFillsTheCartLineWithItsWireKeys() {
        var state = ConsoleFixture.choosingAnOfferForALocalCart()
        let purpose = FieldForm.Purpose.newLine(cartID: "c1", offer: FormFixtures.appxiteOffer)
        #expect(ConsoleFixture.press(&state, .enter) == [.loadForm(account: "wl-demo", purpose)])
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose,
                                                      .success(FormFixtures.appxiteLine.fields), quantityKey: "quantityBox1"))
        let effects = ConsoleFixture.press(&state, .backspace, .char("5"), .tab, .right, .enter)
        #expect(effects == [.addCartLine(account: "wl-demo", cartID: "c1", offer: FormFixtures.appxiteOffer, quantity: 5,
                                         parameters: ["ChargePeriod.pricingFrequency": "P-A", "dataCenterLocation": "11"],
                                         unitPrice: Money(amount: 66, currency: "EUR"))])
    }

    @Test func aLocalCartLineIsChangedInItsForm() {
        var state = ConsoleFixture.state()
        state.account.capabilities.serverSideDrafts = false
        let line = CartLine(id: "l1", offerID: "MS-365-BB", name: "Microsoft 365 Business Basic", quantity: 2,
                            parameters: ["ChargePeriod.pricingFrequency": "P-M"])
        let cart = LocalCart(id: "c1", account: "wl-demo", customerID: "1", customerName: "Acme", lines: [line],
                             createdAt: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .cartSaved(account: "wl-demo", .success(cart), note: "New cart"))
        let offer = Offer(id: "MS-365-BB", name: "Microsoft 365 Business Basic", price: nil)
        let purpose = FieldForm.Purpose.cartLine(cartID: "c1", lineID: "l1", offer: offer)
        #expect(ConsoleFixture.press(&state, .char("e")) == [.loadForm(account: "wl-demo", purpose)])
        var fields = FormFixtures.appxiteLine.fields
        fields[0].value = "2"
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", purpose, .success(fields), quantityKey: "quantityBox1"))
        #expect(ConsoleFixture.press(&state, .char("0"), .tab, .right, .enter)
                == [.updateCartLine(account: "wl-demo", cartID: "c1", lineID: "l1", quantity: 20,
                                    parameters: ["ChargePeriod.pricingFrequency": "P-A", "dataCenterLocation": "11"],
                                    unitPrice: Money(amount: 66, currency: "EUR"))])
    }

    @Test func providerDetailsAreKeptPerOrderAndAFailureIsShownInThem() {
        var state = state()
        #expect(ConsoleFixture.press(&state, .enter).contains(.loadDetails(account: "wl-demo", orderID: "1034")))
        _ = ConsoleReducer.reduce(&state, .detailsLoaded(account: "wl-demo", orderID: "1034",
                                                         .failure(.timedOut(detail: "no answer in 30 s"))))
        #expect(state.lookups.details["1034"]?.first?.rows.first?.tone == .failure)
    }
}
