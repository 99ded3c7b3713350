import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Store
import Testing

/// Messages stay true and readable: every one is kept for `:messages` (m), where y copies
/// it; a word about an order gives way when that order moves; an error said again is counted.
@Suite struct MessagesReducerTests {
    private func placed(_ state: inout ConsoleState, status: String, phase: Phase) {
        let order = OrderFixtures.order("1044", status: status, phase: phase, hoursAgo: 0, items: [])
        _ = ConsoleReducer.reduce(&state, .placed(account: "wl-demo", orderID: "1044", .success(order)))
    }

    private func refreshed(_ state: inout ConsoleState, _ order: Order, after seconds: TimeInterval) {
        var book = state.lists.orders.filter { $0.id != order.id }
        book.insert(order, at: 0)
        let at = state.now.addingTimeInterval(seconds)
        _ = ConsoleReducer.reduce(&state, .tick(at))
        _ = ConsoleReducer.reduce(&state, .refreshDue)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: book)), at: at))
    }

    @Test func aMessageAboutAnOrderGivesWayWhenTheOrderMoves() throws {
        var state = ConsoleFixture.withCart()
        placed(&state, status: "Submitted", phase: .processing)
        #expect(state.messages.current?.text.hasPrefix("Order 1044 placed: Submitted") == true)
        #expect(state.messages.current?.orderID == "1044")
        var executed = try #require(state.lists.order("1044"))
        executed.status = "Executed"
        executed.phase = .completed
        executed.updatedAt = state.now.addingTimeInterval(3)
        refreshed(&state, executed, after: 3)
        #expect(state.messages.current?.text == "Order 1044 is now Executed (was Submitted).")
        #expect(state.messages.said.map(\.text).contains { $0.hasPrefix("Order 1044 placed: Submitted") }, "the history keeps what was said")
    }

    @Test func aMessageAboutAnotherOrderStaysWhenAnOrderMoves() throws {
        var state = ConsoleFixture.withCart()
        placed(&state, status: "Submitted", phase: .processing)
        let said = state.messages.current
        var failed = try #require(state.lists.order("1038"))
        failed.status = "Failed"
        failed.phase = .failed
        failed.updatedAt = state.now.addingTimeInterval(2)
        refreshed(&state, failed, after: 2)
        #expect(state.messages.current?.text == said?.text)
    }

    @Test func anErrorSaidAgainIsCountedNotRepeated() {
        var state = ConsoleFixture.state()
        for _ in 0..<3 {
            _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1038",
                                                           .failure(.serverFailure(status: 500, detail: "HTTP 500"))))
        }
        #expect(state.messages.current?.text == "The provider failed (HTTP 500). Retry later.")
        #expect(state.messages.current?.times == 3)
        #expect(state.messages.said.filter { $0.text == "The provider failed (HTTP 500). Retry later." }.count == 1)
    }

    @Test func mOpensTheMessagesOnTheNewestAndYCopiesTheSelectedOne() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("Z"), .char("Z"))
        let count = state.messages.said.count
        ConsoleFixture.press(&state, .char("m"))
        #expect(state.dialog.modal == .messages(selected: count - 1))
        ConsoleFixture.press(&state, .char("k"))
        #expect(ConsoleFixture.press(&state, .char("y")) == [.copyToClipboard("Background refresh paused: Z resumes, r refreshes once.")])
        #expect(state.messages.current?.text == "Copied the message to the clipboard.")
        ConsoleFixture.press(&state, .char("g"))
        #expect(state.dialog.modal == .messages(selected: 0))
        ConsoleFixture.press(&state, .end)
        #expect(state.dialog.modal == .messages(selected: state.messages.said.count - 1))
        ConsoleFixture.press(&state, .escape)
        #expect(state.dialog.modal == nil)
    }

    @Test func theMessagesCommandOpensTheSameView() {
        var state = ConsoleFixture.state()
        ConsoleFixture.press(&state, .char("Z"))
        ConsoleFixture.press(&state, .char(":"))
        for character in "messages" { ConsoleFixture.press(&state, .char(character)) }
        ConsoleFixture.press(&state, .enter)
        #expect(state.dialog.modal == .messages(selected: state.messages.said.count - 1))
        ConsoleFixture.press(&state, .char("m"))
        #expect(state.dialog.modal == nil, "its own key closes it")
    }

    @Test func timesInMessagesAre24HourInTheUsersZone() throws {
        var state = ConsoleFixture.state(loaded: false)
        state.timeZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now))
        var entry = JournalEntryFixture.entry(key: "1044", outcome: nil)
        entry.createdAt = OrderFixtures.now.addingTimeInterval(-3600 * 3)
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "wl-demo", .success([entry])))
        let text = try #require(state.messages.current?.text)
        #expect(text.contains("A placement from 08:00 may still reach"), "\(text)")
    }

    @Test func aConfirmationNamesAnItemByNameAndShortID() {
        var state = ConsoleFixture.state()
        state.account.capabilities.cancelItem = true
        let long = OrderFixtures.item("fdaa66af-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "Microsoft 365 E3", quantity: 2, price: 23, status: "Active")
        _ = ConsoleReducer.reduce(&state, .itemsLoaded(account: "wl-demo", orderID: "1038", .success([long])))
        ConsoleFixture.press(&state, .tab)
        #expect(state.lists.focus == .items)
        ConsoleFixture.press(&state, .char("x"))
        guard case .confirm(let confirmation) = state.dialog.modal else { Issue.record("no confirmation: \(String(describing: state.dialog.modal))"); return }
        #expect(confirmation.title == "Cancel Microsoft 365 E3 (item fdaa66af…)?")
    }
}
