import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Order fields (whitelabel custom fields, MPT ordering parameters) and resubmitting an
/// order the provider sent back.
@Suite struct FieldsReducerTests {
    static let mpt = AccountSummary(name: "mpt-demo", provider: .mpt,
                                    capabilities: Capabilities(serverSideDrafts: true, deleteItem: true, previewPrice: true,
                                                               cancelOrder: true, customFields: true, resubmit: true),
                                    isSandbox: true)
    static let partnerID = CustomField(name: "Microsoft Partner ID", value: "", key: "PRM-1", required: true)
    static let agreement = CustomField(name: "Agreement Type", value: "Commercial", key: "PRM-2", readOnly: true)

    private func state() -> ConsoleState {
        var state = ConsoleState(account: Self.mpt, now: OrderFixtures.now)
        var querying = OrderFixtures.order("ORD-1", status: "Querying", phase: .awaitingApproval, hoursAgo: 1)
        querying.account = "mpt-demo"
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "mpt-demo", .success([querying]), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "mpt-demo", .success([])))
        return state
    }

    @Test func editingLoadsTheFieldsAndSavesOneValue() {
        var state = state()
        #expect(ConsoleFixture.press(&state, .char("e")) == [.loadFields(account: "mpt-demo", orderID: "ORD-1")])
        var withError = Self.partnerID
        withError.error = "Unknown MS Partner ID"
        _ = ConsoleReducer.reduce(&state, .fieldsLoaded(account: "mpt-demo", orderID: "ORD-1",
                                                        .success([withError, Self.agreement]), saved: false))
        guard case .picker(let picker) = state.modal else { Issue.record("no field list"); return }
        #expect(picker.visible.map(\.label) == ["Microsoft Partner ID = —", "Agreement Type = Commercial"])
        #expect(picker.visible.map(\.detail) == ["Unknown MS Partner ID", "read-only"])
        ConsoleFixture.press(&state, .down, .enter)
        #expect(state.toast?.text == "Agreement Type is read-only.")
        ConsoleFixture.press(&state, .up, .enter)
        guard case .text = state.modal else { Issue.record("no value prompt"); return }
        ConsoleFixture.press(&state, .enter)
        guard case .text(let refused) = state.modal else { Issue.record("an empty required value was sent"); return }
        #expect(refused.error == "Microsoft Partner ID is required.")
        var saved = withError
        saved.value = "42"
        let effects = ConsoleFixture.press(&state, .char("4"), .char("2"), .enter)
        #expect(effects == [.saveField(account: "mpt-demo", orderID: "ORD-1", field: saved)])
        saved.error = nil
        _ = ConsoleReducer.reduce(&state, .fieldsLoaded(account: "mpt-demo", orderID: "ORD-1",
                                                        .success([saved, Self.agreement]), saved: true))
        guard case .picker(let updated) = state.modal else { Issue.record("the field list closed"); return }
        #expect(updated.visible.first?.label == "Microsoft Partner ID = 42")
        #expect(state.toast?.text == "Saved on ORD-1.")
    }

    @Test func typedValuesAreCheckedByKind() {
        var state = state()
        let seats = CustomField(name: "Seats", value: "1", kind: .number)
        ConsoleFixture.press(&state, .char("e"))
        _ = ConsoleReducer.reduce(&state, .fieldsLoaded(account: "mpt-demo", orderID: "ORD-1", .success([seats]), saved: false))
        ConsoleFixture.press(&state, .enter, .backspace, .char("x"), .enter)
        guard case .text(let prompt) = state.modal else { Issue.record("a non-number was sent"); return }
        #expect(prompt.error == "Seats takes a number.")
    }

    @Test func aQueriedOrderCanBeResubmittedAfterAConfirmation() {
        var state = state()
        #expect(ConsoleFixture.press(&state, .char("p")).isEmpty)
        guard case .confirm(let question) = state.modal else { Issue.record("no confirmation"); return }
        #expect(question.title == "Resubmit order ORD-1?")
        #expect(!question.yesSelected)
        #expect(ConsoleFixture.press(&state, .char("y")) == [.place(account: "mpt-demo", orderID: "ORD-1", content: "")])
    }

    @Test func providersWithoutFieldsSaySo() {
        var state = ConsoleFixture.state()
        state.account.capabilities.customFields = false
        #expect(ConsoleFixture.press(&state, .char("e")).isEmpty)
        #expect(state.toast?.text == "White-label orders have no fields to edit.")
    }
}
