import ConsoleModel
import OrderFixtures
import OrderKit
import Testing

/// Work in flight is a value: the double-placement guard and the status bar read it, and
/// an answer settles only the work it answers.
@Suite struct InFlightReducerTests {
    @Test func aPlacementInFlightIsAValueWithItsOrderAndStart() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        #expect(state.placement.inFlight == [InFlight(.placing, orderID: "1044", startedAt: OrderFixtures.now)])
        #expect(state.placement.busy == ["Placing order 1044"])
    }

    @Test func aSecondPlaceWaitsForTheFirstsAnswer() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        #expect(ConsoleFixture.pressPlace(&state).isEmpty)
        #expect(state.dialog.modal == nil)
        #expect(state.messages.current?.text == "Placing order 1044 is still under way; wait for its answer.")
    }

    @Test func pricingInFlightAlsoHoldsPlacing() {
        var state = ConsoleFixture.withCart()
        state.account.capabilities.previewPrice = true
        #expect(ConsoleFixture.press(&state, .char("p")) == [.quoteOrder(account: "wl-demo", orderID: "1044")])
        #expect(state.placement.inFlight.map(\.kind) == [.pricing])
        #expect(ConsoleFixture.pressPlace(&state).isEmpty)
        #expect(state.messages.current?.text == "Pricing 1044 is still under way; wait for its answer.")
    }

    @Test func anAnswerForAnotherOrderLeavesTheWorkInFlight() {
        var state = ConsoleFixture.withCart()
        ConsoleFixture.place(&state)
        _ = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1043", .failure(.conflict(detail: "no"))))
        #expect(state.placement.inFlight.map(\.orderID) == ["1044"])
        _ = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044", .failure(.conflict(detail: "no"))))
        #expect(state.placement.inFlight.isEmpty)
    }
}
