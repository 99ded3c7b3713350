import ConsoleModel
import Foundation
import OrderKit

/// The `:log` dialog's text: the unreadable parts of the providers' answers, then the API
/// calls, one a line in columns (time, account, method, status, duration, path) under a
/// header that names them.
///
/// Each column is as wide as its widest value or its name, measured in terminal cells; the
/// path, the one value of any length, comes last. The log keeps at most `EventLog.limit`
/// entries of each kind, so measuring all of them, not only those in view, stays cheap and
/// keeps the columns still while the log scrolls.
struct EventLogLines {
    /// The column names, aligned with the calls' lines.
    let header: String
    let rows: [PaneRow]

    private struct Call {
        var time: String
        var account: String
        var method: String
        var status: String
        var duration: String
        var path: String
    }

    /// Times are the user's 24-hour clock to the second, with the date when not today.
    init(_ log: EventLog, now: Date, timeZone: TimeZone) {
        let time = { (date: Date) in ClockText.time(date, now: now, in: timeZone, seconds: true) }
        let calls = log.events.map { call in
            Call(time: time(call.time), account: call.account, method: call.method,
                 status: call.status.map(String.init) ?? "no answer", duration: "\(Int(call.duration * 1000)) ms",
                 path: call.path)
        }
        let names = Call(time: "time", account: "account", method: "method", status: "status", duration: "duration",
                         path: "path")
        let accountWidth = Self.widest(names.account, calls.map(\.account) + log.problems.map(\.account))
        let methodWidth = Self.widest(names.method, calls.map(\.method))
        let statusWidth = Self.widest(names.status, calls.map(\.status))
        let durationWidth = Self.widest(names.duration, calls.map(\.duration))
        let timeWidth = Self.widest(names.time, calls.map(\.time))
        // Durations are right-aligned, so their units line up.
        let line = { (call: Call) in
            [TextFit.pad(call.time, timeWidth), TextFit.pad(call.account, accountWidth), TextFit.pad(call.method, methodWidth),
             TextFit.pad(call.status, statusWidth),
             String(repeating: " ", count: max(0, durationWidth - DisplayWidth.of(call.duration))) + call.duration,
             call.path].joined(separator: "  ")
        }
        header = line(names)
        var lines: [String] = []
        if !log.problems.isEmpty {
            lines.append("Unreadable in the providers' answers (the detail view shows the raw answer):")
            lines += log.problems.map { problem in
                "\(TextFit.pad(time(problem.time), timeWidth))  \(TextFit.pad(problem.account, accountWidth))  "
                    + Self.what(problem)
            }
            lines.append("")
        }
        lines += calls.isEmpty ? ["No API calls yet."] : calls.map(line)
        rows = lines.map { PaneRow(text: $0) }
    }

    /// The widest of `values` and the column's `name`, in cells.
    private static func widest(_ name: String, _ values: [String]) -> Int {
        values.reduce(DisplayWidth.of(name)) { max($0, DisplayWidth.of($1)) }
    }

    /// What could not be read: a field of an order, a whole order, or a side lookup.
    private static func what(_ problem: ReadingProblem) -> String {
        let subject = problem.field.map { "\(problem.subject): \($0)" }
            ?? (problem.isLookup ? problem.subject : "\(problem.subject), whole order")
        return "\(subject): \(problem.reason)"
    }
}
