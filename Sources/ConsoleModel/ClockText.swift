import Foundation

/// A moment as a wall clock shows it, 24-hour `HH:mm`, with the date in front when it is not
/// the day of `now`: for "since when" in a header that must not change every second, and
/// for every time a message names, so no message says 3:04:05 PM while another says 15:04.
public enum ClockText {
    /// - Parameter seconds: `HH:mm:ss`, for a log whose lines come seconds apart.
    public static func time(_ date: Date, now: Date, in zone: TimeZone, seconds: Bool = false) -> String {
        let calendar = calendar(in: zone)
        let clock = self.clock(date, calendar, seconds: seconds)
        guard !calendar.isDate(date, inSameDayAs: now) else { return clock }
        return day(date, calendar) + " " + clock
    }

    /// A moment in full, with its date and the zone's offset from UTC (`2026-11-23 10:00
    /// UTC+01:00`): for the detail view, where a time may be compared with a provider's portal.
    public static func stamp(_ date: Date, in zone: TimeZone) -> String {
        let calendar = calendar(in: zone)
        let offset = zone.secondsFromGMT(for: date) / 60
        let sign = offset < 0 ? "-" : "+"
        return day(date, calendar) + " " + clock(date, calendar, seconds: false)
            + String(format: " UTC%@%02d:%02d", sign, abs(offset) / 60, abs(offset) % 60)
    }

    private static func calendar(in zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private static func day(_ date: Date, _ calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    private static func clock(_ date: Date, _ calendar: Calendar, seconds: Bool) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return seconds ? String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
            : String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
