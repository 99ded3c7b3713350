import Config

/// The themes the console can draw with: their TOML comes from Config (`ThemeFiles`: the
/// user's folder, then the built-in themes); this parses it into `Theme`s.
public struct ThemeCatalog: Sendable {
    public var files: ThemeFiles

    public init(files: ThemeFiles) {
        self.files = files
    }

    /// The user's themes folder and the built-in themes.
    public static func standard() -> ThemeCatalog {
        ThemeCatalog(files: .standard())
    }

    /// Loads theme `name`. A missing or malformed theme falls back to `default` (and then to
    /// attributes only), with a one-line warning naming the file and line.
    public func load(_ name: String) -> (theme: Theme, warning: String?) {
        do {
            return (try loadStrictly(name), nil)
        } catch {
            let fallback = name == "default" ? nil : try? loadStrictly("default")
            return (fallback ?? .attributesOnly, "Theme: \(error.description); using \(fallback?.name ?? "attributes only").")
        }
    }

    /// Every theme name there is, sorted.
    public var names: [String] { files.names }

    public func loadStrictly(_ name: String) throws(ConfigError) -> Theme {
        try Theme.parse(name: name, source: try files.source(of: name))
    }
}
