import ConsoleModel
import OrderFixtures
import OrderKit
import Testing

/// What the console says about a provider's rules comes from its capabilities, not from
/// text written for one provider.
@Suite struct CapabilityTextTests {
    /// The cart is draft 1044; the next refresh no longer lists it.
    static func draftGone(lifetime: Int?) -> String? {
        var state = ConsoleFixture.withCart()
        state.account.capabilities.draftLifetimeDays = lifetime
        let rest = Array(OrderFixtures.book.dropFirst())
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: rest)),
                                                        at: OrderFixtures.now.addingTimeInterval(60)))
        return state.messages.current?.text
    }

    @Test func aVanishedDraftCitesTheProvidersDraftLifetime() {
        #expect(Self.draftGone(lifetime: 7) == "Draft 1044 is gone from the provider (drafts expire after 7 days).")
        #expect(Self.draftGone(lifetime: 3) == "Draft 1044 is gone from the provider (drafts expire after 3 days).")
        #expect(Self.draftGone(lifetime: nil) == "Draft 1044 is gone from the provider.")
    }
}
