import Foundation

/// Short ages for lists and headers: `42s`, `5m`, `3h`, `6d`.
enum AgeText {
    /// The age of something created at `date`, or `?` when the provider did not say when.
    static func since(_ date: Date?, now: Date) -> String {
        date.map { short(now.timeIntervalSince($0)) } ?? "?"
    }

    static func short(_ interval: TimeInterval) -> String {
        let seconds = max(0, Int(interval))
        switch seconds {
        case ..<60: return "\(seconds)s"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3600)h"
        default: return "\(seconds / 86_400)d"
        }
    }

    /// Time left before a draft expires, in words: `6 days left`, `5 h left`, `expired`.
    static func left(until date: Date, now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if seconds <= 0 { return "expired" }
        if seconds >= 86_400 {
            let days = Int(seconds / 86_400)
            return days == 1 ? "1 day left" : "\(days) days left"
        }
        if seconds >= 3600 { return "\(Int(seconds / 3600)) h left" }
        return "\(max(1, Int(seconds / 60))) min left"
    }
}
