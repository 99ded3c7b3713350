import Foundation

/// How reads are retried: exponential backoff with full jitter (a random wait up to the
/// doubled step, so many clients do not retry in step), never past a time budget, and never
/// sooner than a provider's `Retry-After`.
public struct RetryPolicy: Sendable {
    /// The statuses that mean "try again later".
    static let retriedStatuses: Set<Int> = [429, 502, 503, 504]

    public var attempts: Int
    public var base: TimeInterval
    public var cap: TimeInterval
    /// Total time, from the first try, after which no retry starts.
    public var budget: TimeInterval

    public init(attempts: Int = 4, base: TimeInterval = 0.25, cap: TimeInterval = 4, budget: TimeInterval = 10) {
        self.attempts = attempts
        self.base = base
        self.cap = cap
        self.budget = budget
    }

    /// No retries at all.
    public static let never = RetryPolicy(attempts: 1)

    /// How long to wait before retry number `attempt + 1`, or nil when there is none.
    func delay(attempt: Int, retryAfter: String?, deadline: Date) -> TimeInterval? {
        guard attempt + 1 < attempts else { return nil }
        let jittered = Double.random(in: 0...min(cap, base * pow(2, Double(attempt))))
        let wait = max(jittered, retryAfter.flatMap(Self.seconds) ?? 0)
        return Date().addingTimeInterval(wait) < deadline ? wait : nil
    }

    /// `Retry-After` as seconds (RFC 9110 also allows an HTTP date).
    public static func seconds(_ header: String) -> TimeInterval? {
        if let seconds = TimeInterval(header.trimmingCharacters(in: .whitespaces)), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: header).map { max(0, $0.timeIntervalSinceNow) }
    }
}
