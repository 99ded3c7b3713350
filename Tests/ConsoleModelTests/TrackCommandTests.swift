import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// `:track` and `:untrack` on an account that lists the orders it knows (Appxite, Adility):
/// the ids are read by the runner, followed orders join the lists, unfollowed ones leave.
@Suite struct TrackCommandTests {
    private func state(_ listing: OrderListing) -> ConsoleState {
        var state = ConsoleFixture.state()
        state.account.capabilities.orderListing = listing
        return state
    }

    private func command(_ state: inout ConsoleState, _ text: String) -> [Effect] {
        ConsoleFixture.press(&state, .char(":")) + text.flatMap { ConsoleFixture.press(&state, .char($0)) }
            + ConsoleFixture.press(&state, .enter)
    }

    @Test func trackAsksTheRunnerToReadAndFollowTheIds() {
        var state = state(.known)
        #expect(command(&state, "track 2001 2002") == [.trackOrders(account: "wl-demo", ids: ["2001", "2002"])])
        let followed = OrderFixtures.order("2001", status: "Executed", phase: .completed, hoursAgo: 1)
        _ = ConsoleReducer.reduce(&state, .ordersTracked(account: "wl-demo", .success([followed])))
        #expect(state.lists.order("2001") != nil)
        #expect(state.messages.current?.text == "Following 2001: Executed.")
        #expect(command(&state, "untrack 2001") == [.untrackOrders(account: "wl-demo", ids: ["2001"])])
        _ = ConsoleReducer.reduce(&state, .ordersUntracked(account: "wl-demo", .success(["2001"])))
        #expect(state.lists.order("2001") == nil)
    }

    @Test func anUnknownIdIsToldAndAProviderListAccountRefusesTrack() {
        var state = state(.known)
        _ = command(&state, "track 9999")
        _ = ConsoleReducer.reduce(&state, .ordersTracked(account: "wl-demo",
                                                         .failure(.notFound(detail: "White-label has no order 9999"))))
        #expect(state.messages.current?.kind == .error)
        var listed = self.state(.provider)
        #expect(command(&listed, "track 1").isEmpty)
        #expect(listed.messages.current?.text == "wl-demo lists the provider's own orders: :track is for accounts with order_list = \"known\".")
        var empty = self.state(.known)
        #expect(command(&empty, "track").isEmpty)
        #expect(empty.messages.current?.text == ":track takes one or more order ids.")
    }
}
