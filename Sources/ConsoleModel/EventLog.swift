import OrderKit

/// What `:log` shows: the most recent API calls and what of the providers' answers could
/// not be read. It lives across account switches, and keeps only the newest `limit` of each.
public struct EventLog: Sendable, Equatable {
    public static let limit = 500

    /// The most recent API calls, oldest first.
    public private(set) var events: [RequestRecord] = []
    /// Unreadable parts of answers, oldest first, each problem once per run.
    public private(set) var problems: [ReadingProblem] = []
    /// The identities of every problem logged this run, so a refresh does not log it again.
    private var problemsSeen: Set<String> = []

    public init() {}

    mutating func record(_ call: RequestRecord) {
        events.append(call)
        if events.count > Self.limit { events.removeFirst(events.count - Self.limit) }
    }

    /// Adds the problems not logged before this run.
    mutating func record(_ found: [ReadingProblem]) {
        for problem in found where problemsSeen.insert(problem.identity).inserted {
            problems.append(problem)
        }
        if problems.count > Self.limit { problems.removeFirst(problems.count - Self.limit) }
    }
}
