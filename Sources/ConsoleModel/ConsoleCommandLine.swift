import Foundation
import OrderKit

/// The `:` command line: what each command does, Tab completion, and the closest
/// suggestion for a mistyped one.
public enum ConsoleCommandLine {
    /// Every command with the words it takes, as help and completion show them.
    public static let commands: [(name: String, usage: String)] = [
        ("account", "NAME: switch account"),
        ("stage", "draft|confirmed|all: which orders Status lists"),
        ("phase", "PHASE|any: only orders in this phase in Status"),
        ("theme", "NAME: use another theme"),
        ("refresh", "5s|auto: a fixed background refresh interval, or automatic"),
        ("all", "every account's orders in progress or failed, in one list"),
        ("log", "every API call this console made"),
        ("messages", "everything said this session (y copies one)"),
        ("track", "ID…: follow orders by id (accounts listing known orders)"),
        ("untrack", "ID…: stop following them"),
        ("q", "quit"),
    ]

    /// The text completed as far as it is unambiguous, or unchanged.
    public static func complete(_ text: String, state: ConsoleState) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count <= 1 {
            return extend(text, among: commands.map(\.name), suffix: " ")
        }
        let command = words[0]
        let argument = words.dropFirst().joined(separator: " ")
        let choices: [String] = switch command {
        case "account": state.accounts.map(\.name)
        case "stage": OrderStage.allCases.map(\.rawValue)
        case "phase": Phase.allCases.map(\.rawValue) + ["any"]
        case "theme": state.themeNames
        case "refresh": ["auto", "2s", "5s", "30s", "1m"]
        default: []
        }
        return command + " " + extend(argument, among: choices, suffix: "")
    }

    private static func extend(_ prefix: String, among choices: [String], suffix: String) -> String {
        let matching = choices.filter { $0.hasPrefix(prefix) }
        guard let first = matching.first else { return prefix }
        if matching.count == 1 { return first + suffix }
        var common = first
        for choice in matching.dropFirst() {
            while !choice.hasPrefix(common) { common.removeLast() }
        }
        return common.count > prefix.count ? common : prefix
    }

    /// Runs a command line against the state.
    static func run(_ text: String, state: inout ConsoleState) -> [Effect] {
        let words = text.split(separator: " ").map(String.init)
        guard let command = words.first else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        func refuse(_ message: String) -> [Effect] {
            state.say(message, kind: .error)
            return []
        }
        switch command {
        case "account":
            guard state.accounts.contains(where: { $0.name == argument }) else {
                return refuse("No account '\(argument)': \(state.accounts.map(\.name).joined(separator: ", ")).")
            }
            return ConsoleReducer.reduce(&state, .switchAccount(argument))
        case "stage":
            guard let stage = OrderStage(rawValue: argument) else { return refuse(":stage takes draft, confirmed or all.") }
            state.lists.stage = stage
            return []
        case "phase":
            if argument == "any" || argument.isEmpty {
                state.lists.phaseFilter = nil
                return []
            }
            guard let phase = Phase(rawValue: argument) else {
                return refuse(":phase takes any or one of \(Phase.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            state.lists.phaseFilter = phase
            return []
        case "theme":
            guard !argument.isEmpty else { return refuse(":theme takes a theme name: \(state.themeNames.joined(separator: ", ")).") }
            return [.applyTheme(argument)]
        case "refresh":
            return setRefresh(argument, state: &state)
        case "all":
            if state.refresh.overview != nil {
                state.refresh.overview = nil
                return []
            }
            state.refresh.overview = Overview(accounts: state.accounts, now: state.now)
            state.dialog.modal = nil
            return RefreshReducer.refreshOverview(&state)
        case "log":
            state.dialog.extent = nil
            state.dialog.modal = .log(scroll: max(0, state.log.events.count - state.rowsPerPane))
            return []
        case "messages":
            return ConsoleReducer.run(&state, .messages)
        case "track", "untrack":
            return track(command, ids: Array(words.dropFirst()), state: &state)
        case "q", "quit":
            state.shouldQuit = true
            return [.quit]
        default:
            let names = commands.map(\.name)
            let closest = names.min { distance(command, $0) < distance(command, $1) } ?? names[0]
            return refuse("Unknown command :\(command); did you mean :\(closest)?")
        }
    }

    /// `:track ID…` follows orders by id, `:untrack ID…` stops: only where the account lists
    /// the orders it knows, since elsewhere the provider's list already has them all.
    private static func track(_ command: String, ids: [String], state: inout ConsoleState) -> [Effect] {
        guard state.account.capabilities.orderListing == .known else {
            state.say("\(state.account.name) lists the provider's own orders: :\(command) is for accounts with order_list = \"known\".",
                                 kind: .error)
            return []
        }
        guard !ids.isEmpty else {
            state.say(":\(command) takes one or more order ids.", kind: .error)
            return []
        }
        return [command == "track" ? .trackOrders(account: state.account.name, ids: ids)
                                   : .untrackOrders(account: state.account.name, ids: ids)]
    }

    /// `:refresh 5s` fixes the background interval; `:refresh auto` lets the screen decide again.
    private static func setRefresh(_ argument: String, state: inout ConsoleState) -> [Effect] {
        if argument == "auto" {
            state.refresh.fixedInterval = nil
            state.say("Background refresh follows what is on screen again.")
            return []
        }
        guard let seconds = DurationText.parse(argument), seconds >= 1 else {
            state.say(":refresh takes an interval such as 5s or 1m (at least 1s), or auto.", kind: .error)
            return []
        }
        state.refresh.fixedInterval = seconds
        state.say("Background refresh every \(argument).")
        return []
    }

    /// Levenshtein distance, for suggestions.
    static func distance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
