import ConsoleModel
import OrderKit
import Testing

/// The status bar offers a command only where the provider can do it.
@Suite struct OfferedCommandTests {
    @Test func cancelIsOfferedWhereOrdersOrItemsCancel() {
        #expect(!Capabilities(serverSideDrafts: true, deleteItem: true).offers(.cancel))
        #expect(Capabilities(cancelOrder: true).offers(.cancel))
        #expect(Capabilities(cancelItem: true).offers(.cancel))
    }

    @Test func deleteIsOfferedForLocalCartsAndProvidersThatDeleteItems() {
        #expect(Capabilities().offers(.deleteItem))
        #expect(Capabilities(serverSideDrafts: true, deleteItem: true).offers(.deleteItem))
        #expect(!Capabilities(serverSideDrafts: true).offers(.deleteItem))
        #expect(Capabilities().offers(.place))
    }
}
