import Foundation

/// Durations as people type them on the command line: `90s`, `15m`, `2h`, `7d`, `1h30m`.
public enum DurationText {
    /// Longer spans are refused: nothing here waits a year, and timers cannot count that far.
    public static let maximum: TimeInterval = 366 * 86_400

    public static func parse(_ text: String) -> TimeInterval? {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        var total: TimeInterval = 0
        var number = ""
        for character in text.lowercased() {
            if character.isNumber {
                number.append(character)
            } else if let unit = units[character], let value = Double(number) {
                total += value * unit
                number = ""
            } else {
                return nil
            }
        }
        guard number.isEmpty, total > 0, total <= maximum else { return nil }
        return total
    }
}
