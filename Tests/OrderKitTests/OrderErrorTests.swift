import OrderKit
import Testing

@Suite struct OrderErrorTests {
    static let all: [OrderError] = [
        .unreachable(account: "a", detail: "d"), .authenticationRefused(account: "a", detail: "d"),
        .forbidden(detail: "d"), .notFound(detail: "d"), .conflict(detail: "d"), .rejected(detail: "d"),
        .rateLimited(detail: "d"), .serverFailure(status: 502, detail: "d"), .malformedResponse(detail: "d"),
        .timedOut(detail: "d"), .unsupported(detail: "d"), .configuration(detail: "d"), .unexpected(detail: "d"),
    ]

    @Test(arguments: all)
    func everyMessageIsOneLineThatKeepsTheDetail(error: OrderError) {
        #expect(!error.message.contains("\n"))
        #expect(error.message.contains("d"))
    }

    @Test func wrappingKeepsOrderErrorsAndCutsOthersToOneLine() {
        #expect(OrderError.wrapping(OrderError.notFound(detail: "x")) == .notFound(detail: "x"))
        struct Multi: Error, CustomStringConvertible { var description: String { "first\nsecond" } }
        #expect(OrderError.wrapping(Multi()) == .unexpected(detail: "first"))
    }

    @Test func unsupportedOperationsSaySoByProvider() async {
        struct ReadOnly: OrderProvider {
            let kind = ProviderKind.adility
            let account = "x"
            let capabilities = Capabilities()
            func orderList(stage: OrderStage) async throws -> OrderList { OrderList(orders: []) }
            func order(id: String) async throws -> Order { throw OrderError.notFound(detail: id) }
            func items(orderID: String) async throws -> [OrderItem] { [] }
            func offers() async throws -> [Offer] { [] }
            func customers() async throws -> [Customer] { [] }
            func place(orderID: String) async throws -> Order { throw OrderError.notFound(detail: orderID) }
        }
        await #expect(throws: OrderError.unsupported(detail: "Adility orders cannot be drafted on the provider; items go to the local cart.")) {
            try await ReadOnly().createDraft(customerID: "1")
        }
    }
}
