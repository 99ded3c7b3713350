import TOMLKit

/// A theme file read and checked: its styles by role name. Parsing lives here with every
/// other TOML the program reads, so a mistake is reported the same way (file, line, what to
/// write instead); the roles themselves belong to the screen, which passes their names in.
///
/// ```toml
/// [styles]
/// header = { fg = "black", bg = 37, bold = true }
/// ```
/// Colours are names (`black` … `white`, `default`) or 256-colour numbers.
public struct ThemeSpec: Sendable, Equatable {
    public var name: String
    /// Each style the file sets, by role name.
    public var styles: [String: CellStyle]

    static let colorNames = ["black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7]

    /// Reads a theme file; `roles` are the style names a theme may set.
    public static func parse(name: String, source: TOMLSource, roles: [String]) throws(ConfigError) -> ThemeSpec {
        guard let table = source.table["styles"]?.table else {
            throw ConfigError(path: source.path, line: nil, message: "a theme needs a [styles] table")
        }
        var styles: [String: CellStyle] = [:]
        for key in table.keys {
            let line = source.line(of: key, in: "styles")
            guard roles.contains(key) else {
                throw ConfigError(path: source.path, line: line, message: "unknown style '\(key)'; known: \(roles.joined(separator: ", "))")
            }
            guard let entry = table[key]?.table else {
                throw ConfigError(path: source.path, line: line,
                                  message: "style '\(key)' must be an inline table like { fg = \"cyan\", bold = true }")
            }
            styles[key] = try style(entry, key: key, path: source.path, line: line)
        }
        return ThemeSpec(name: name, styles: styles)
    }

    private static func style(_ entry: TOMLTable, key: String, path: String, line: Int?) throws(ConfigError) -> CellStyle {
        var style = CellStyle()
        for field in entry.keys {
            switch field {
            case "fg", "bg":
                guard let color = color(entry[field]) else {
                    throw ConfigError(path: path, line: line, message: "\(key).\(field) must be a colour name or a number from 0 to 255")
                }
                if field == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "underline", "reverse":
                guard let flag = entry[field]?.bool else {
                    throw ConfigError(path: path, line: line, message: "\(key).\(field) must be true or false")
                }
                switch field {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw ConfigError(path: path, line: line,
                                  message: "unknown field '\(field)' in style '\(key)'; use fg, bg, bold, dim, underline, reverse")
            }
        }
        return style
    }

    /// The colour number, -1 for the terminal default, or nil when the value is not a colour.
    private static func color(_ value: (any TOMLValueConvertible)?) -> Int? {
        if let number = value?.int, (0...255).contains(number) { return number }
        guard let name = value?.string?.lowercased() else { return nil }
        if name == "default" { return -1 }
        return colorNames[name]
    }
}
