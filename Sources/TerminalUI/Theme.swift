import Config
import Foundation

/// A set of styles by role, read from a `themes/NAME.toml` file:
///
/// ```toml
/// [styles]
/// header = { fg = "black", bg = 37, bold = true }
/// ```
/// Colours are names (`black` … `white`, `default`) or 256-colour numbers. A role the
/// file leaves out is drawn in the plain style.
public struct Theme: Sendable {
    public var name: String
    private var styles: [ThemeRole: CellStyle]

    public init(name: String, styles: [ThemeRole: CellStyle]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: ThemeRole) -> CellStyle {
        styles[role] ?? .plain
    }

    /// The last resort when no theme file can be found: attributes only, readable anywhere.
    public static let attributesOnly = Theme(name: "attributes-only", styles: [
        .header: CellStyle(reverse: true), .headerWarning: CellStyle(bold: true, reverse: true),
        .borderFocused: CellStyle(bold: true), .title: CellStyle(bold: true), .selected: CellStyle(reverse: true),
        .selectedUnfocused: CellStyle(underline: true), .keyHint: CellStyle(bold: true),
        .toastError: CellStyle(bold: true, reverse: true), .modalTitle: CellStyle(bold: true),
        .buttonSelected: CellStyle(reverse: true), .failed: CellStyle(bold: true), .dim: CellStyle(dim: true),
        .cancelled: CellStyle(dim: true), .expired: CellStyle(dim: true), .warning: CellStyle(bold: true),
    ])

    /// The same theme with every colour removed (no colour support, `NO_COLOR`, `TERM=dumb`).
    public var monochrome: Theme {
        Theme(name: name, styles: styles.mapValues(\.withoutColor))
    }

    /// Parses a theme file's text.
    public static func parse(name: String, source: TOMLSource) throws(ConfigError) -> Theme {
        guard let table = source.table["styles"]?.table else {
            throw ConfigError(path: source.path, line: nil, message: "a theme needs a [styles] table")
        }
        var styles: [ThemeRole: CellStyle] = [:]
        for key in table.keys {
            let line = source.line(of: key, in: "styles")
            guard let role = ThemeRole(rawValue: key) else {
                throw ConfigError(path: source.path, line: line,
                                  message: "unknown style '\(key)'; known: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let entry = table[key]?.table else {
                throw ConfigError(path: source.path, line: line,
                                  message: "style '\(key)' must be an inline table like { fg = \"cyan\", bold = true }")
            }
            var style = CellStyle()
            for field in entry.keys {
                switch field {
                case "fg", "bg":
                    guard let color = ThemeColor.parse(entry[field]) else {
                        throw ConfigError(path: source.path, line: line,
                                          message: "\(key).\(field) must be a colour name or a number from 0 to 255")
                    }
                    if field == "fg" { style.foreground = color } else { style.background = color }
                case "bold", "dim", "underline", "reverse":
                    guard let flag = entry[field]?.bool else {
                        throw ConfigError(path: source.path, line: line, message: "\(key).\(field) must be true or false")
                    }
                    switch field {
                    case "bold": style.bold = flag
                    case "dim": style.dim = flag
                    case "underline": style.underline = flag
                    default: style.reverse = flag
                    }
                default:
                    throw ConfigError(path: source.path, line: line,
                                      message: "unknown field '\(field)' in style '\(key)'; use fg, bg, bold, dim, underline, reverse")
                }
            }
            styles[role] = style
        }
        return Theme(name: name, styles: styles)
    }
}
