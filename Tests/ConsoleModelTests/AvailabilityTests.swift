import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// One availability rule per command: what the account can never do, and what the selection,
/// the work in flight and the journal allow now. Keys and confirmations obey it.
@Suite struct AvailabilityTests {
    private static func account(_ capabilities: Capabilities, readOnly: Bool = false) -> AccountSummary {
        AccountSummary(name: "a", provider: .adility, capabilities: capabilities, isSandbox: true, readOnlyByChoice: readOnly)
    }

    @Test func readOnlyAccountsCanNeverRunACommandThatChangesOrders() {
        let account = Self.account(ConsoleFixture.capabilities, readOnly: true)
        for command in Command.allCases {
            let availability = Availability.ever(command, on: account)
            #expect(availability.isAvailable == !command.changesOrders, "\(command)")
            if command.changesOrders { #expect(availability.reason == .readOnly("read-only mode")) }
        }
    }

    @Test func aProviderWithoutTheCapabilityIsNeverAskedAndTheReasonIsPermanent() {
        let cannot = Availability.ever(.cancel, on: Self.account(Capabilities(serverSideDrafts: true)))
        #expect(cannot.reason == .providerCannot(.cancelOrders, .adility))
        #expect(cannot.reason?.isPermanent == true)
        #expect(cannot.reason?.message(for: .cancel) == "Adility orders cannot be cancelled through the API.")
        #expect(Availability.ever(.cancel, on: Self.account(Capabilities(cancelItem: true))).isAvailable)
        #expect(Availability.ever(.deleteItem, on: Self.account(Capabilities(serverSideDrafts: true))).reason
            == .providerCannot(.deleteItems, .adility))
        #expect(Availability.ever(.deleteItem, on: Self.account(Capabilities())).isAvailable, "local carts always lose lines")
        #expect(Availability.ever(.editFields, on: Self.account(Capabilities(serverSideDrafts: true))).reason
            == .providerCannot(.editFields, .adility))
        #expect(Availability.ever(.place, on: Self.account(Capabilities())).isAvailable)
    }

    @Test func sortingAndSwitchingSayWhyTheyCannotRunHere() {
        var state = ConsoleFixture.state()
        #expect(Availability.now(.switchAccount, in: state).reason == .onlyOneAccount)
        #expect(Availability.now(.sortNext, in: state).isAvailable)
        ConsoleFixture.press(&state, .tab)
        #expect(state.lists.focus == .items)
        #expect(Availability.now(.sortNext, in: state).reason == .unsortedPane)
        #expect(ConsoleFixture.press(&state, .char("s")).isEmpty)
        #expect(state.messages.current?.text == "Only the Drafts and Status lists sort.")
    }

    @Test func placingNeedsACartWithItemsNoPlacementUnderWayAndASettledJournal() {
        var state = ConsoleFixture.state()
        state.lists.focus = .drafts
        #expect(Availability.now(.place, in: state).reason == .noCartToPlace)
        state = ConsoleFixture.withCart()
        #expect(Availability.now(.place, in: state).isAvailable)
        state.lists.items["1044"] = []
        let empty = Availability.now(.place, in: state).reason
        #expect(empty?.message(for: .place) == "Draft 1044 has no items: press a to add one first.")
        state = ConsoleFixture.withCart()
        state.placement.inFlight = [InFlight(.placing, orderID: "1043", startedAt: OrderFixtures.now)]
        #expect(Availability.now(.place, in: state).reason == .placementUnderWay(state.placement.inFlight[0]))
        #expect(ConsoleFixture.pressPlace(&state).isEmpty)
        #expect(state.messages.current?.text == "Placing order 1043 is still under way; wait for its answer.")
        state = ConsoleFixture.withCart()
        state.placement.journalCheck = .running
        #expect(Availability.now(.place, in: state).reason == .checkingPlacements(what: "placing"))
    }

    @Test func cancellingNamesTheFinalOrderAndOffersAReturnWhereThereIsOne() {
        var state = ConsoleFixture.state()
        state.account.capabilities.cancelOrder = true
        state.lists.selection[.status] = "1034"
        #expect(Availability.now(.cancel, in: state).reason?.message(for: .cancel)
            == "Order 1034 is Executed: there is nothing left to cancel.")
        state.account.capabilities.returnOrder = true
        #expect(Availability.now(.cancel, in: state).reason?.message(for: .cancel)
            == "Order 1034 is Executed: there is nothing left to cancel (o for a return).")
        state.lists.selection[.status] = "1038"
        #expect(Availability.now(.cancel, in: state).isAvailable)
        state.lists.focus = .drafts
        #expect(Availability.now(.cancel, in: state).reason == .wrongPane(.cancel))
    }

    @Test func aConfirmationAnsweredYesIsRefusedWhenAnotherPlacementStartedMeanwhile() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.pressPlace(&state)
        guard case .confirm = state.dialog.modal else {
            Issue.record("no confirmation: \(String(describing: state.dialog.modal))")
            return
        }
        state.placement.inFlight = [InFlight(.placing, orderID: "1043", startedAt: OrderFixtures.now)]
        #expect(ConsoleFixture.press(&state, .char("y")).isEmpty)
        #expect(state.messages.current?.text == "Placing order 1043 is still under way; wait for its answer.")
    }

    @Test func everyCommandAnswersOnEveryPaneWithoutTrapping() {
        for readOnly in [false, true] {
            var state = ConsoleFixture.withCart()
            state.account.readOnlyByChoice = readOnly
            for pane in PaneID.allCases {
                state.lists.focus = pane
                for command in Command.allCases {
                    let availability = Availability.now(command, in: state)
                    if readOnly, command.changesOrders { #expect(!availability.isAvailable) }
                    if let reason = availability.reason { #expect(!reason.message(for: command).isEmpty) }
                }
            }
        }
    }
}
