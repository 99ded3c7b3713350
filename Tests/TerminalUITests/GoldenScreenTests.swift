import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing
@testable import TerminalUI

/// Every view rendered into the in-memory screen at 80×24 and 120×40, compared with its
/// golden text file.
@MainActor
@Suite struct GoldenScreenTests {
    private func check(_ state: ConsoleState, _ name: String) { ScreenFixture.check(state, name) }

    @Test func panesWithTheBookLoaded() { check(ScreenFixture.loaded(), "panes") }

    @Test func cartWithItemsAndTotal() { check(ScreenFixture.withCart(), "cart") }

    @Test func placeConfirmationDefaultsToNo() {
        var state = ScreenFixture.pressing(ScreenFixture.withCart(), .char("p"))
        check(state, "confirm-place-reading")
        let held = OrderFixtures.book[0].items + [OrderFixtures.item("5103", "Zoom Pro", quantity: 2, price: 149.9)]
        var failed = state
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "1044", .success(held)))
        check(state, "confirm-place")
        _ = ConsoleReducer.reduce(&failed, .draftReread(account: "wl-demo", orderID: "1044",
                                                        .failure(.timedOut(detail: "no answer within 1 s"))))
        check(failed, "confirm-place-unread")
    }

    /// The draft changed at the provider while its confirmation was open: first only Back
    /// while it is read again, then the question anew with the change above it.
    @Test func placeConfirmationRebuiltWhenTheDraftChanged() {
        var state = ScreenFixture.pressing(ScreenFixture.withCart(), .char("p"))
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "1044", .success(OrderFixtures.book[0].items)))
        let changed = OrderFixtures.book.map { order -> Order in
            var order = order
            if order.id == "1044" { order.total = Money(amount: Decimal(string: "529.80")!, currency: "EUR") }
            return order
        }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: changed)), at: OrderFixtures.now))
        check(state, "confirm-place-changed-reading")
        let held = OrderFixtures.book[0].items + [OrderFixtures.item("5103", "Zoom Pro", quantity: 2, price: 149.9)]
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "1044", .success(held)))
        check(state, "confirm-place-changed")
    }

    /// A local cart kept from an earlier run, one of whose offers the catalog no longer has.
    @Test func keptCartWithALineNoLongerOffered() {
        var state = ScreenFixture.loaded()
        state.account.capabilities.serverSideDrafts = false
        let cart = LocalCart(id: "c0ffee00c0ffee00c0ffee00c0ffee00", account: "wl-demo", customerID: "1001", customerName: "Acme GmbH",
                             lines: [CartLine(id: "l1", offerID: "MS-365-BB", name: "Microsoft 365 Business Basic", quantity: 5,
                                              unitPrice: Money(amount: 6, currency: "EUR")),
                                     CartLine(id: "l2", offerID: "RETIRED", name: "Exchange Online Kiosk", quantity: 2,
                                              unitPrice: Money(amount: 2, currency: "EUR"))],
                             createdAt: OrderFixtures.now.addingTimeInterval(-86_400))
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "wl-demo", orders: [], carts: [cart], refreshedAt: nil))
        state.lists.focus = .drafts
        state.lists.selection[.drafts] = cart.id
        _ = ConsoleReducer.reduce(&state, .key(.enter))
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "wl-demo", .success([FormFixtures.appxiteOffer])))
        check(state, "cart-no-longer-offered")
    }

    /// A Termination order created as a draft: its placement is asked at once, naming it and
    /// the subscriptions it ends; No keeps it as the cart, which says the same.
    @Test func terminationDraftPlacedInOneFlow() {
        var state = ScreenFixture.loaded()
        var order = OrderFixtures.order("T-1", status: "Draft", phase: .draft, hoursAgo: 0,
                                        items: [OrderItem(id: "L1", offerID: "ITM-1", name: "Adobe Illustrator", quantity: 0,
                                                          unitPrice: Money(amount: 20, currency: "EUR"), status: "Draft",
                                                          phase: .draft, previousQuantity: 5),
                                                OrderItem(id: "L2", offerID: "ITM-2", name: "Adobe Photoshop", quantity: 0,
                                                          unitPrice: Money(amount: 30, currency: "EUR"), status: "Draft",
                                                          phase: .draft, previousQuantity: 4)])
        order.kind = .termination
        let terminate = OrderOperation(id: "terminate", title: "Terminate subscriptions", summary: "End subscriptions.",
                                       createsOrder: true, creates: .termination)
        _ = ConsoleReducer.reduce(&state, .operationPerformed(account: "wl-demo", orderID: "1034", terminate, .success(order)))
        _ = ConsoleReducer.reduce(&state, .draftReread(account: "wl-demo", orderID: "T-1", .success(order.items)))
        check(state, "confirm-place-termination")
        _ = ConsoleReducer.reduce(&state, .key(.char("n")))
        check(state, "cart-termination")
    }

    @Test func deleteConfirmation() {
        check(ScreenFixture.pressing(ScreenFixture.withCart(), .char("d")), "confirm-delete")
    }

    @Test func offerPickerFilteredByTyping() {
        var state = ScreenFixture.pressing(ScreenFixture.withCart(), .char("a"))
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "wl-demo", .success(OrderFixtures.offers)))
        check(ScreenFixture.pressing(state, .char("z")), "picker-offers")
    }

    @Test func quantityPromptWithAnError() {
        var state = ScreenFixture.pressing(ScreenFixture.withCart(), .char("a"))
        _ = ConsoleReducer.reduce(&state, .offersLoaded(account: "wl-demo", .success(OrderFixtures.offers)))
        check(ScreenFixture.pressing(state, .enter, .backspace, .enter), "quantity")
    }

    @Test func detailView() {
        var state = ScreenFixture.pressing(ScreenFixture.loaded(), .enter)
        var order = OrderFixtures.book[2]
        order.rawPayload = "{\n  \"Id\" : 1038,\n  \"Status\" : \"Submitted\"\n}"
        order.items = state.lists.items["1038"] ?? []
        _ = ConsoleReducer.reduce(&state, .orderLoaded(account: "wl-demo", .success(order)))
        check(state, "detail")
    }

    /// Nothing in the detail view is cut: a long value wraps under its label, the raw
    /// payload keeps its shape and scrolls sideways with → instead.
    @Test func detailWrapsLongValuesAndScrollsThePayloadSideways() {
        var state = ScreenFixture.pressing(ScreenFixture.loaded(), .enter)
        var order = OrderFixtures.book[2]
        order.customerName = "Contoso Retail Holdings International, Procurement and Licensing Department (EMEA North)"
        order.rawPayload = #"{"Id": 1038, "Status": "Submitted", "Note": "\#(String(repeating: "wide ", count: 30))end"}"#
        order.items = state.lists.items["1038"] ?? []
        _ = ConsoleReducer.reduce(&state, .orderLoaded(account: "wl-demo", .success(order)))
        check(state, "detail-wrapped")
        check(ScreenFixture.pressing(state, .right, .right, .char("l"), .char("G")), "detail-sideways")
    }

    @Test func helpIsTheKeymapInForce() {
        check(ScreenFixture.pressing(ScreenFixture.loaded(), .char("?")), "help")
        check(ScreenFixture.pressing(ScreenFixture.loaded(readOnlyReason: "Free-edition resellers may only read orders"),
                                     .char("?")), "help-read-only")
    }

    @Test func staleHeaderAndErrorToast() {
        var state = ScreenFixture.loaded()
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(30)))
        // Asked 2, 6 and 14 s after the last good list: failing since the first of them.
        for asked in [2.0, 6, 14] {
            _ = ConsoleReducer.reduce(&state, .refreshDue)
            _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo",
                                                            .failure(.unreachable(account: "wl-demo", detail: "127.0.0.1:1 refused the connection")),
                                                            at: OrderFixtures.now.addingTimeInterval(asked)))
        }
        check(state, "stale")
    }

    /// Nothing said is lost: a message cut in the status bar names the key that shows it, and
    /// `:messages` shows every message in full, wrapped under its time, an error coloured and
    /// one said again counted; the newest is selected.
    @Test func messagesAreKeptAndShownInFull() {
        var state = ScreenFixture.pressing(ScreenFixture.loaded(), .char("Z"))
        let refusal = OrderError.rejected(detail: "The vendor could not verify Microsoft Partner ID 1234567 for Acme GmbH: "
            + "the tenant https://login.example.com/acme-gmbh-tenant-0000-1111-2222-333344445555 is not linked to it")
        for (seconds, error) in [(60.0, refusal), (120, .serverFailure(status: 500, detail: "HTTP 500")),
                                 (121, .serverFailure(status: 500, detail: "HTTP 500"))] {
            _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(seconds)))
            _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1038", .failure(error)))
        }
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1038", .failure(refusal)))
        check(state, "message-cut")
        check(ScreenFixture.pressing(state, .char("m"), .char("k")), "messages")
    }

    /// The header says since when refreshing fails as a clock time, so it does not redraw
    /// every second (each redraw was bytes on a slow link, and noise at 3 a.m.).
    @Test func aFailingRefreshIsDatedNotCounted() {
        var state = ScreenFixture.loaded()
        _ = ConsoleReducer.reduce(&state, .refreshDue)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo",
                                                        .failure(.unreachable(account: "wl-demo", detail: "127.0.0.1:1 refused the connection")),
                                                        at: OrderFixtures.now.addingTimeInterval(2)))
        let header = { (state: ConsoleState) in ScreenFixture.render(state, columns: 120, rows: 40).text.split(separator: "\n")[0] }
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(20)))
        let early = header(state)
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(50)))
        #expect(early.contains("refresh failing since "))
        #expect(header(state).contains(early.split(separator: "  ").first { $0.contains("failing since") }!))
        _ = ConsoleReducer.reduce(&state, .tick(OrderFixtures.now.addingTimeInterval(2 * 86_400)))
        #expect(header(state).contains(#/refresh failing since \d{4}-\d{2}-\d{2} \d{2}:\d{2}/#))
    }

    @Test func allAccountsViewMarksAFailingAccount() {
        var state = ScreenFixture.loaded()
        state.accounts.append(AccountSummary(name: "adobe-demo", provider: .adobe, capabilities: Capabilities(), isSandbox: true))
        for key in [Key.char(":"), .char("a"), .char("l"), .char("l"), .enter] { _ = ConsoleReducer.reduce(&state, .key(key)) }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adobe-demo",
                                                        .failure(.authenticationRefused(account: "adobe-demo", detail: "HTTP 401")),
                                                        at: OrderFixtures.now))
        check(state, "all-accounts")
    }

    @Test func eventLogAndPrompts() {
        var state = ScreenFixture.loaded()
        for (index, status) in [200, 201, 409].enumerated() {
            _ = ConsoleReducer.reduce(&state, .apiCall(RequestRecord(time: OrderFixtures.now.addingTimeInterval(Double(index)),
                                                               account: "wl-demo", method: index == 0 ? "GET" : "POST",
                                                               path: "/api/orders/1044/checkout", status: status, duration: 0.012)))
        }
        check(ScreenFixture.pressing(state, .char(":"), .char("l"), .char("o"), .char("g"), .enter), "event-log")
        check(ScreenFixture.pressing(state, .char("/"), .char("a"), .char("c"), .char("m"), .char("e")), "filter-typing")
        check(ScreenFixture.pressing(state, .char(":")), "command-line")
    }

    @Test func fieldsFormAndTextPrompt() {
        var state = ScreenFixture.loaded()
        state.account.capabilities.customFields = true
        state = ScreenFixture.pressing(state, .char("e"))
        let fields = [CustomField(name: "Microsoft Partner ID", value: "", key: "PRM-1", required: true,
                                  error: "Unknown MS Partner ID"),
                      CustomField(name: "PO Number", value: "PO-77"),
                      CustomField(name: "Agreement Type", value: "Commercial", key: "PRM-2", readOnly: true)]
        _ = ConsoleReducer.reduce(&state, .formLoaded(account: "wl-demo", .orderFields(orderID: "1038"), .success(fields),
                                                      quantityKey: nil))
        check(state, "fields")
        check(ScreenFixture.pressing(state, .char("4"), .char("2"), .tab, .enter), "fields-typed")
        var adility = ConsoleState(account: AccountSummary(name: "adility-demo", provider: .adility,
                                                           capabilities: Capabilities(cancelOrder: true, customerList: false),
                                                           isSandbox: true),
                                   now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&adility, .ordersLoaded(account: "adility-demo", .success(OrderList(orders: [])), at: OrderFixtures.now))
        adility = ScreenFixture.pressing(adility, .char("n"))
        check(ScreenFixture.pressing(adility, .char("J"), .char("o")), "customer-name-prompt")
    }

    /// Wrapped onto as many lines as it takes, down to 40×10 (`ScreenWidthTests` reads it at more sizes).
    @Test func tooSmallTerminalSaysWhatItNeeds() {
        for (columns, rows) in [(60, 20), (60, 15), (40, 10)] {
            Snapshot.check(ScreenFixture.render(ScreenFixture.loaded(), columns: columns, rows: rows).text,
                           named: "too-small-\(columns)x\(rows)")
        }
    }

    @Test func focusedSelectionUsesTheSelectedStyle() {
        let screen = ScreenFixture.render(ScreenFixture.loaded(), columns: 80, rows: 24)
        let row = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("▸ 1038") }!
        let column = Array(screen.text.split(separator: "\n", omittingEmptySubsequences: false)[row]).firstIndex(of: "▸")!
        #expect(screen.style(row: row, column: column) == ScreenFixture.theme[.selected])
        #expect(ScreenFixture.theme[.selected].background != nil)
    }

    @Test func monochromeDrawsWithAttributesOnly() {
        let screen = ScreenFixture.render(ScreenFixture.loaded(), columns: 80, rows: 24,
                                          theme: ScreenFixture.theme.monochrome)
        for row in 0..<24 {
            for column in 0..<80 {
                let style = screen.style(row: row, column: column)
                #expect(style.foreground == nil && style.background == nil)
            }
        }
    }
}
