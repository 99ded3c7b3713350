import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Random key sequences through the reducer, from every provider's state: nothing traps,
/// and what the screen and the runner rely on holds after every key.
///
/// `REDUCER_FUZZ_COUNT` sets how many sequences run (2 000 by default), `REDUCER_FUZZ_SEED`
/// the seed; a failure names both and the sequence number. A trap cannot be caught, so
/// `REDUCER_FUZZ_TRACE=1` writes each sequence's number to standard error before it runs,
/// and `REDUCER_FUZZ_REPLAY=N` runs sequence N alone, writing each key before it is reduced.
@Suite struct ReducerFuzzTests {
    static let keysPerSequence = 50

    @Test func randomKeySequencesKeepTheStateConsistent() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["REDUCER_FUZZ_COUNT"].flatMap(Int.init) ?? 2_000
        let seed = environment["REDUCER_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_203
        let replay = environment["REDUCER_FUZZ_REPLAY"].flatMap(Int.init)
        let trace = environment["REDUCER_FUZZ_TRACE"] != nil
        for sequence in replay.map({ $0...$0 }) ?? 0...(count - 1) {
            if trace { FileHandle.standardError.write(Data("fuzz: sequence \(sequence)\n".utf8)) }
            var generator = SeededGenerator(seed: seed &+ UInt64(sequence) &* 0x1_0000_0001)
            var state = Self.startingState(using: &generator)
            var typed: [Key] = []
            while typed.count < Self.keysPerSequence {
                for key in FuzzKeys.burst(using: &generator) {
                    typed.append(key)
                    if replay != nil { FileHandle.standardError.write(Data("fuzz: \(key.label) in \(state.dialog.modal.map { "\($0)".prefix(40) } ?? "panes")\n".utf8)) }
                    let problem = Self.step(&state, key, using: &generator)
                    guard problem == nil else {
                        Issue.record("\(problem!) — seed \(seed), sequence \(sequence), keys \(typed.map(\.label))")
                        return
                    }
                }
            }
        }
    }

    /// A loaded account of a random provider, read-only one time in six, sometimes with a
    /// dialog already open.
    static func startingState(using generator: inout SeededGenerator) -> ConsoleState {
        let provider = ProviderKind.allCases.randomElement(using: &generator)!
        let readOnly = Int.random(in: 0..<6, using: &generator) == 0
        var state = ConsoleState(account: AccountSummary(name: "fuzz", provider: provider,
                                                         capabilities: capabilities(provider), isSandbox: true,
                                                         readOnlyByChoice: readOnly),
                                 accounts: [], now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "fuzz", .success(OrderList(orders: OrderFixtures.book)),
                                                        at: OrderFixtures.now))
        _ = ConsoleReducer.reduce(&state, .journalReconciled(account: "fuzz", .success([])))
        let opening = openings.randomElement(using: &generator)!
        for key in opening {
            var pending = ConsoleReducer.reduce(&state, .key(key))
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                guard let answer = FuzzAnswers.answer(effect, in: state, always: true, using: &generator) else { continue }
                pending += ConsoleReducer.reduce(&state, answer)
            }
        }
        return state
    }

    /// Keys that open each dialog, from the Status pane, with every effect answered: the
    /// fuzz starts as often inside a dialog as in front of the panes.
    static let openings: [[Key]] = [
        [], [.char("?")], [.char("m")], [.char(":")], [.char("/")], [.char("n")], [.enter], [.char("o")], [.char("o"), .enter],
        [.char("e")], [.char("x")], [.backTab, .enter, .char("a")], [.backTab, .enter, .char("a"), .enter],
        [.backTab, .enter, .char("p")], [.backTab, .enter, .char("e")], [.char("n"), .enter, .char("a"), .enter],
    ]

    /// Each provider's capabilities as its client declares them.
    static func capabilities(_ provider: ProviderKind) -> Capabilities {
        switch provider {
        case .appxite: Capabilities(previewPrice: true, cancelItem: true)
        case .whitelabel: Capabilities(serverSideDrafts: true, deleteItem: true, customFields: true,
                                       characteristics: true, draftLifetimeDays: 7)
        case .adobe: Capabilities(previewPrice: true, cancelOrder: true, returnOrder: true)
        case .adility: Capabilities(cancelOrder: true, customerList: false, cancelNotice: "Every voucher stops working.")
        case .mpt: Capabilities(serverSideDrafts: true, deleteItem: true, previewPrice: true, cancelOrder: true,
                                customFields: true, resubmit: true)
        }
    }

    /// One key and the answers it provokes; the broken invariant, if any.
    static func step(_ state: inout ConsoleState, _ key: Key, using generator: inout SeededGenerator) -> String? {
        let confirmedYes: Bool = if case .confirm(let confirmation) = state.dialog.modal {
            key == .char("y") || key == .char("Y") || (key == .enter && confirmation.yesSelected)
        } else {
            false
        }
        var pending = ConsoleReducer.reduce(&state, .key(key))
        if let problem = check(state, pending, placementConfirmed: confirmedYes) { return problem }
        var answered = 0
        while let effect = pending.first, answered < 8 {
            pending.removeFirst()
            guard let answer = FuzzAnswers.answer(effect, in: state, using: &generator) else { continue }
            answered += 1
            let effects = ConsoleReducer.reduce(&state, answer)
            if let problem = check(state, effects, placementConfirmed: false) { return problem }
            pending += effects
        }
        return nil
    }

    static func check(_ state: ConsoleState, _ effects: [Effect], placementConfirmed: Bool) -> String? {
        for effect in effects {
            if let account = effect.fuzzAccount, account != state.account.name {
                return "effect for \(account) while \(state.account.name) is current: \(effect)"
            }
            if effect.writes, let reason = state.account.readOnlyReason {
                return "writing effect on a read-only account (\(reason)): \(effect)"
            }
            if effect.places, !placementConfirmed {
                return "placement without a confirmation answered Yes: \(effect)"
            }
        }
        for pane in PaneID.allCases {
            let count = state.lists.rowCount(pane)
            if let index = state.lists.selectedIndex(pane), !(0..<count).contains(index) {
                return "selection \(index) of \(pane) outside \(count) rows"
            }
        }
        return modalProblem(state)
    }

    static func modalProblem(_ state: ConsoleState) -> String? {
        switch state.dialog.modal {
        case .picker(let picker):
            let count = picker.visible.count
            return (count == 0 ? picker.selected == 0 : (0..<count).contains(picker.selected))
                ? nil : "picker position \(picker.selected) outside \(count) entries"
        case .form(let form):
            let count = form.visibleFields.count
            return (count == 0 ? form.focus == 0 : (0..<count).contains(form.focus))
                ? nil : "form focus \(form.focus) outside \(count) fields"
        case .detail(_, let scroll, let column):
            return scroll >= 0 && column >= 0 ? nil : "detail scrolled to \(scroll), column \(column)"
        case .help(let scroll), .log(let scroll):
            return scroll >= 0 ? nil : "dialog scrolled to \(scroll)"
        case .messages(let selected):
            let count = state.messages.said.count
            return (count == 0 ? selected == 0 : (0..<count).contains(selected))
                ? nil : "messages selection \(selected) outside \(count) messages"
        default:
            return nil
        }
    }
}
