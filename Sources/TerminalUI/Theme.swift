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

    /// The theme a checked theme file describes (`Config.ThemeSpec`).
    public init(_ spec: ThemeSpec) {
        var styles: [ThemeRole: CellStyle] = [:]
        for (key, style) in spec.styles {
            guard let role = ThemeRole(rawValue: key) else { continue }
            styles[role] = style
        }
        self.init(name: spec.name, styles: styles)
    }

    /// Reads and checks a theme file.
    public static func parse(name: String, source: TOMLSource) throws(ConfigError) -> Theme {
        Theme(try ThemeSpec.parse(name: name, source: source, roles: ThemeRole.allCases.map(\.rawValue)))
    }
}
