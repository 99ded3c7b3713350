import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Placement
import Testing

/// What you confirm is what you buy: a server-side draft's confirmation is built from a
/// fresh read, shows what differs from the Cart, offers Yes only after a good read, and a
/// draft changed after the confirmation is asked about again instead of being placed.
@Suite struct FreshConfirmationTests {
    private static let extra = OrderFixtures.item("5103", "Zoom Pro", quantity: 2, price: 149.9)

    private func confirmation(_ state: ConsoleState) -> ConsoleModel.Confirmation? {
        if case .confirm(let confirmation) = state.dialog.modal { return confirmation }
        return nil
    }

    @Test func pAsksTheProviderForTheDraftBeforeAnythingIsConfirmed() {
        var state = ConsoleFixture.withCart()
        #expect(ConsoleFixture.press(&state, .char("p")) == [.rereadDraft(account: "wl-demo", orderID: "1044")])
        #expect(state.dialog.modal == nil)
        #expect(state.placement.busy == ["Reading 1044 again before placing"])
        #expect(ConsoleFixture.press(&state, .char("p")).isEmpty, "a second p waits for the read")
    }

    @Test func theConfirmationShowsTheLinesTheProviderHoldsAndWhatDiffers() throws {
        var state = ConsoleFixture.withCart()
        let held = OrderFixtures.book[0].items + [Self.extra]
        ConsoleFixture.pressPlace(&state, held: held)
        let shown = try #require(confirmation(state))
        #expect(shown.canConfirm)
        #expect(shown.lines.contains("Read from White-label just now."))
        #expect(shown.lines.contains("White-label holds something else than the Cart showed:"))
        #expect(shown.lines.contains("  + Zoom Pro ×2, not shown before"))
        #expect(shown.lines.contains { $0.hasPrefix("  Zoom Pro ×2") })
        let effects = ConsoleFixture.press(&state, .char("y"))
        let content = PlacementJournal.lineContent(held.map { ($0.offerID, $0.quantity) })
        #expect(effects == [.place(account: "wl-demo", orderID: "1044", content: content)])
    }

    @Test func aFailedReadOffersOnlyBack() throws {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.press(&state, .char("p"))
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "1044",
                                                       .failure(.timedOut(detail: "no answer in 1 s"))))
        let shown = try #require(confirmation(state))
        #expect(!shown.canConfirm)
        #expect(shown.lines.first?.hasPrefix("Cannot read draft 1044 from White-label again:") == true)
        #expect(ConsoleFixture.press(&state, .char("y")).isEmpty)
        #expect(state.dialog.modal == nil)
    }

    @Test func aDraftChangedAfterTheConfirmationIsAskedAboutAgainWithTheDifference() throws {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        let now = OrderFixtures.book[0].items.map { item -> OrderItem in
            var changed = item
            if item.id == "5101" { changed.quantity = 3 }
            return changed
        }
        _ = ConsoleReducer.reduce(&state, .placementStopped(account: "wl-demo", orderID: "1044", .changed(now: now)))
        #expect(state.placement.busy.isEmpty)
        let asked = try #require(confirmation(state))
        #expect(asked.lines.contains("Not placed: draft 1044 changed at White-label after you confirmed it."))
        #expect(asked.lines.contains("  ~ Microsoft 365 E3: ×10 shown, ×3 held"))
        let content = PlacementJournal.lineContent(now.map { ($0.offerID, $0.quantity) })
        #expect(ConsoleFixture.press(&state, .char("y")) == [.place(account: "wl-demo", orderID: "1044", content: content)])
    }

    @Test func aDraftThatCouldNotBeReadRightBeforePlacingSaysNothingWasSent() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        _ = ConsoleReducer.reduce(&state, .placementStopped(account: "wl-demo", orderID: "1044",
                                                            .unreadable(.unreachable(account: "wl-demo", detail: "reset"))))
        #expect(state.messages.current?.text.hasPrefix("Not placed: draft 1044 could not be read again right before placing") == true)
        #expect(state.messages.current?.text.hasSuffix("Nothing was sent: press p to try again.") == true)
        #expect(state.placement.busy.isEmpty)
    }
}
