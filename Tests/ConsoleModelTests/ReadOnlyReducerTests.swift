import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

@Suite struct ReadOnlyReducerTests {
    private func isWrite(_ effect: Effect) -> Bool {
        switch effect {
        case .createDraft, .addItem, .deleteItem, .place: true
        default: false
        }
    }

    @Test func helpMarksEveryWritingCommandUnavailableWithTheReason() {
        let state = ConsoleFixture.state(readOnly: true)
        let unavailable = HelpLines.make(state).filter { $0.unavailable != nil }
        #expect(Set(unavailable.map(\.text)) == Set(Command.allCases.filter(\.changesOrders).map { $0.title(for: state.account) }))
        #expect(unavailable.allSatisfy { $0.unavailable == "read-only" })
    }

    @Test func noKeySequenceReachesAWrite() {
        var keys: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .up, .down, .left, .right, .pageUp, .pageDown,
                           .home, .end]
        keys += (32...126).compactMap { Unicode.Scalar($0).map { Key.char(Character($0)) } }.filter { $0 != .char("q") }
        for pane in 0..<4 {
            var state = ConsoleFixture.state(readOnly: true)
            for _ in 0..<pane { ConsoleFixture.press(&state, .tab) }
            for first in keys {
                for second in keys {
                    var probe = state
                    let effects = ConsoleFixture.press(&probe, first, second, .char("y"), .enter)
                    #expect(!effects.contains(where: isWrite), "keys \(first) \(second) reached a write")
                }
            }
        }
    }

    @Test func aWritingKeySaysWhyItIsUnavailable() {
        var state = ConsoleFixture.state(readOnly: true)
        #expect(ConsoleFixture.pressPlace(&state).isEmpty)
        #expect(state.messages.current?.text == "Place the cart order is not available: read-only mode.")
    }

    @Test func aFreeEditionAccountIsReadOnlyWithItsReason() {
        var capabilities = ConsoleFixture.capabilities
        capabilities.readOnlyReason = "Free-edition resellers may only read orders"
        var state = ConsoleState(account: AccountSummary(name: "wl-free", provider: .whitelabel,
                                                         capabilities: capabilities, isSandbox: true),
                                 now: OrderFixtures.now)
        #expect(Availability.ever(.newDraft, on: state.account).reason == .readOnly("Free-edition resellers may only read orders"))
        ConsoleFixture.press(&state, .char("n"))
        #expect(state.messages.current?.text == "New draft is not available: Free-edition resellers may only read orders.")
    }
}
