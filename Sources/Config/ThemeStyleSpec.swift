/// One style of a theme file, as written: colours as numbers (-1 the terminal's default)
/// and the attributes that were set. TerminalUI turns it into the cell style it draws with.
public struct ThemeStyleSpec: Sendable, Equatable {
    public var foreground: Int?
    public var background: Int?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init() {}
}
