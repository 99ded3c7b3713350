import Foundation
import Testing

/// Waits on a condition with a deadline instead of sleeping a guessed time: the check is
/// repeated (every `every`) until it holds or `seconds` have passed, then the test goes on
/// with what it saw. Deadlines are generous: the machine that runs the tests may be loaded,
/// and a passing condition returns at once however long the deadline is.
enum Eventually {
    /// The first value `check` returns that `holds` accepts; the last one seen (and a
    /// recorded issue) when the deadline passes first.
    static func value<Value>(within seconds: Double, every interval: Duration = .milliseconds(50),
                             sourceLocation: SourceLocation = #_sourceLocation,
                             _ check: () async throws -> Value, holds: (Value) -> Bool) async throws -> Value {
        let deadline = Date().addingTimeInterval(seconds)
        var value = try await check()
        while !holds(value) {
            guard Date() < deadline else {
                Issue.record("the condition did not hold within \(seconds) s", sourceLocation: sourceLocation)
                return value
            }
            try await Task.sleep(for: interval)
            value = try await check()
        }
        return value
    }

    /// Waits until `condition` holds, at most `seconds`.
    static func holds(within seconds: Double, sourceLocation: SourceLocation = #_sourceLocation,
                      _ condition: () -> Bool) async throws {
        _ = try await value(within: seconds, sourceLocation: sourceLocation, { condition() }, holds: { $0 })
    }
}
