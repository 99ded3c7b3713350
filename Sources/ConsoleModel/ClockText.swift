import Foundation

/// A moment as a wall clock shows it, 24-hour `HH:mm`, with the date in front when it is not
/// the day of `now`: for "since when" in a header that must not change every second, and
/// for every time a message names, so no message says 3:04:05 PM while another says 15:04.
public enum ClockText {
    public static func time(_ date: Date, now: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        guard !calendar.isDate(date, inSameDayAs: now) else { return clock }
        return String(format: "%04d-%02d-%02d ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0) + clock
    }
}
