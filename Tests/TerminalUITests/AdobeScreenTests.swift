import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing
import TerminalUI

/// Adobe VIP Marketplace as a user sees it: a complete order's detail view with Adobe's
/// prices (total, unit prices, `Pricing.priced`), a pending one "priced when complete", and
/// a refusal with Adobe's reason code and the fields it names, and Status listing each code
/// with its meaning. The orders and sections are
/// shaped as `AdobeClient` yields them (pinned in `AdobeOrderDetailsTests`).
@MainActor
@Suite struct AdobeScreenTests {
    static let account = "adobe-demo"

    /// The meanings `AdobeOrderStatus` gives the codes these screens show.
    static let meanings = ["1000": "complete", "1002": "pending", "1004": "failed", "1008": "cancelled",
                           "1030": "unknown code"]

    static func order(_ id: String, status: String, phase: Phase, pricing: Pricing, hoursAgo: Double) -> Order {
        let priced = pricing == .priced
        let items = [
            OrderItem(id: "1", offerID: "65304520CA01A12", name: "Acrobat Pro for teams", quantity: 5,
                      unitPrice: priced ? Money(amount: Decimal(string: "239.88")!, currency: "USD") : nil,
                      status: status, statusMeaning: meanings[status], phase: phase),
            OrderItem(id: "2", offerID: "65322651CA01A12", name: "Photoshop for teams", quantity: 2,
                      unitPrice: priced ? Money(amount: Decimal(string: "431.88")!, currency: "USD") : nil,
                      status: status, statusMeaning: meanings[status], phase: phase),
        ]
        return Order(id: id, provider: .adobe, account: account, customerID: "9876543210",
                     customerName: "Northwind Creative Ltd", status: status, statusMeaning: meanings[status], phase: phase,
                     createdAt: OrderFixtures.now.addingTimeInterval(-hoursAgo * 3600), updatedAt: OrderFixtures.now,
                     total: priced ? Money(amount: Decimal(string: "2063.16")!, currency: "USD") : nil, pricing: pricing,
                     items: items)
    }

    /// Adobe's own rows, as `AdobeClient.details` gives them.
    static func sections(_ order: Order, price: (String) -> String) -> [DetailSection] {
        [DetailSection(title: "Order \(order.id)", rows: [
            .init("Order type", "NEW"), .init("Status", order.status == "1000" ? "1000 complete" : "1002 pending"),
            .init("Source", "API"), .init("externalReferenceId", "ordercon-7f3a"),
        ])] + order.items.map { item in
            DetailSection(title: "Line \(item.id): \(item.name)", rows: [
                .init("offerId", item.offerID), .init("quantity", String(item.quantity)),
                .init("partnerPrice", price(item.id)),
                .init("subscriptionId", order.status == "1000" ? "S\(order.id)L\(item.id)" : "none until the order is 1000",
                      tone: order.status == "1000" ? .success : .normal),
            ])
        }
    }

    static func state(_ orders: [Order]) -> ConsoleState {
        var state = ConsoleState(account: AccountSummary(name: account, provider: .adobe,
                                                         capabilities: Capabilities(previewPrice: true, cancelOrder: true,
                                                                                    returnOrder: true),
                                                         isSandbox: true),
                                 now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: account, .success(OrderList(orders: orders)),
                                                        at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: account, .success([])))
        return state
    }

    /// The detail view of `order`, opened from Status with Adobe's sections loaded.
    static func detail(_ order: Order, price: @escaping (String) -> String) -> ConsoleState {
        var state = state([order])
        state.lists.focus = .status
        state.lists.selection[.status] = order.id
        state = ScreenFixture.pressing(state, .enter)
        _ = ConsoleReducer.reduce(&state, .orderLoaded(account: account, .success(order)))
        _ = ConsoleReducer.reduce(&state, .detailsLoaded(account: account, orderID: order.id,
                                                         .success(sections(order, price: price))))
        return state
    }

    @Test func aCompleteOrderShowsAdobesTotalAndUnitPrices() {
        let order = Self.order("5000000003", status: "1000", phase: .completed, pricing: .priced, hoursAgo: 30)
        let state = Self.detail(order) { $0 == "1" ? "239.88 USD" : "431.88 USD" }
        ScreenFixture.check(state, "adobe-detail-priced")
        let text = ScreenFixture.render(state, columns: 120, rows: 40).text
        #expect(text.contains("Total         2063.16 USD"))
        #expect(text.contains("Acrobat Pro for teams ×5  1199.40 USD"))
    }

    @Test func aPendingOrderIsPricedWhenCompleteNeverZero() {
        let order = Self.order("5000000009", status: "1002", phase: .processing, pricing: .pricedWhenComplete, hoursAgo: 1)
        let state = Self.detail(order) { _ in "priced when complete" }
        ScreenFixture.check(state, "adobe-detail-pending")
        let text = ScreenFixture.render(state, columns: 120, rows: 40).text
        #expect(text.contains("Total         priced when complete"))
        #expect(!text.contains("0.00 USD"))
    }

    /// Placing a cart Adobe refuses: its code with its meaning first, then its message and
    /// the fields its `additionalDetails` name, on screen as the client words it
    /// (`AdobeRequestShapeTests` pins the wording); at 80 columns the cut line still shows
    /// the code and its meaning.
    @Test func anAdobeRefusalShowsItsReasonCodeAndFields() {
        let cart = LocalCart(id: "c0ffee00c0ffee00c0ffee00c0ffee00", account: Self.account, customerID: "9876543210",
                             customerName: "Northwind Creative Ltd",
                             lines: [CartLine(id: "l", offerID: "65304520CA01A12", name: "Acrobat Pro for teams", quantity: 0)],
                             createdAt: OrderFixtures.now.addingTimeInterval(-60))
        var state = Self.state([])
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: Self.account, orders: [], carts: [cart], refreshedAt: nil))
        let refusal = OrderError.rejected(
            detail: "Adobe 1117 invalid fields — Some fields are invalid: lineItems[0].quantity, lineItems[1].offerId")
        _ = ConsoleReducer.reduce(&state, .placed(account: Self.account, orderID: cart.id, .failure(refusal)))
        ScreenFixture.check(state, "adobe-refusal-reason")
        let text = ScreenFixture.render(state, columns: 120, rows: 40).text
        #expect(text.contains("The provider rejected the request: Adobe 1117 invalid fields — Some fields are invalid: lineItems[0].quantity"))
        let narrow = ScreenFixture.render(state, columns: 80, rows: 24).text.split(separator: "\n")
        #expect(narrow.last?.contains("The provider rejected the request: Adobe 1117 invalid fields") == true)
    }

    /// Status lists each code with its meaning (`◐ 1002 pending`), whole at 80 columns: the
    /// customer column gives way; a code Adobe's table lacks says so, cut last.
    @Test func statusCodesAreListedWithTheirMeaningAt80Columns() {
        let orders = [("1002", Phase.processing), ("1000", .completed), ("1004", .failed), ("1008", .cancelled),
                      ("1030", .unknown)].enumerated().map { index, code in
            Self.order("50000000\(10 + index)", status: code.0, phase: code.1, pricing: .pricedWhenComplete,
                       hoursAgo: Double(index + 1))
        }
        let text = ScreenFixture.render(Self.state(orders), columns: 80, rows: 24).text
        for label in ["◐ 1002 pending", "✓ 1000 complete", "✗ 1004 failed", "– 1008 cancelled", "? 1030 unknown"] {
            #expect(text.contains(label), "\(label) is not whole at 80 columns")
        }
        let wide = ScreenFixture.render(Self.state(orders), columns: 120, rows: 40).text
        #expect(wide.contains("? 1030 unknown code"))
    }
}
