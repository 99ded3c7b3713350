/// How one run of text looks: colours (terminal colour numbers, nil for the terminal's
/// default) and attributes. Monochrome themes use attributes only. It is what a theme file
/// says of a style (`ThemeSpec`) and what the screens draw with.
public struct CellStyle: Sendable, Hashable {
    public var foreground: Int?
    public var background: Int?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init(foreground: Int? = nil, background: Int? = nil, bold: Bool = false, dim: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = CellStyle()

    /// The same style without colours, for terminals that have none.
    public var withoutColor: CellStyle {
        var style = self
        style.foreground = nil
        style.background = nil
        return style
    }
}
