import Headless
import OrderFixtures
import OrderKit
import Testing

@Suite struct OrderItemsFillTests {
    /// Lists orders without items, as the white-label API does; `items` answers per order.
    private final class ItemlessListProvider: OrderProvider, Sendable {
        let kind = ProviderKind.whitelabel
        let account: String
        let capabilities = Capabilities()
        private let answers: [String: Result<[OrderItem], OrderError>]

        init(account: String, answers: [String: Result<[OrderItem], OrderError>]) {
            self.account = account
            self.answers = answers
        }

        func orderList(stage: OrderStage) async throws -> OrderList { OrderList(orders: []) }
        func order(id: String) async throws -> Order { throw OrderError.notFound(detail: id) }
        func items(orderID: String) async throws -> [OrderItem] {
            try (answers[orderID] ?? .failure(.notFound(detail: "order \(orderID)"))).get()
        }
        func offers() async throws -> [Offer] { [] }
        func customers() async throws -> [Customer] { [] }
    }

    @Test func emptyItemListsAreReadFromTheirAccountAndFailuresNamed() async {
        let line = OrderFixtures.item("5011", "MS365-E3", quantity: 4, price: nil)
        let provider = ItemlessListProvider(account: "wl-demo", answers: [
            "1038": .success([line]),
            "1035": .failure(.unreachable(account: "wl-demo", detail: "connection refused")),
        ])
        let listed = [OrderFixtures.order("1038", status: "Submitted", phase: .processing, hoursAgo: 1),
                      OrderFixtures.order("1035", status: "Failed", phase: .failed, hoursAgo: 2),
                      OrderFixtures.order("1034", status: "Executed", phase: .completed, hoursAgo: 3,
                                          items: [OrderFixtures.item("5001", "AZ-PLAN", quantity: 1, price: nil)])]
        let (orders, failures) = await OrderItemsFill.fill(listed, from: [provider], concurrency: 2)
        #expect(orders.map(\.id) == ["1038", "1035", "1034"])
        #expect(orders.map { $0.items.map(\.id) } == [["5011"], [], ["5001"]])
        #expect(failures.map(\.orderID) == ["1035"])
    }
}
