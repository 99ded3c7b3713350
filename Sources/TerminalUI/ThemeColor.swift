import TOMLKit

/// Colour values in theme files: the eight ANSI names, `default`, or 0–255.
enum ThemeColor {
    static let names = ["black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7]

    /// The colour number, -1 for the terminal default, or nil when the value is not a colour.
    static func parse(_ value: (any TOMLValueConvertible)?) -> Int? {
        if let number = value?.int, (0...255).contains(number) { return number }
        guard let name = value?.string?.lowercased() else { return nil }
        if name == "default" { return -1 }
        return names[name]
    }
}
