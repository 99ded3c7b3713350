import Config
import Foundation

/// Finds theme files: the user's `$XDG_CONFIG_HOME/ordercon/themes/NAME.toml` first, then
/// the shipped `themes/` folder.
public struct ThemeCatalog: Sendable {
    public var userDirectory: String?
    public var shippedDirectory: String?

    public init(userDirectory: String?, shippedDirectory: String?) {
        self.userDirectory = userDirectory
        self.shippedDirectory = shippedDirectory
    }

    /// The standard places: `ORDERCON_THEMES` if set, else a `themes/` folder beside the
    /// executable or above it (as in a checkout), else `themes/` in the working directory.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executablePath: String = CommandLine.arguments.first ?? "") -> ThemeCatalog {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { "\($0)/.config" } ?? ".config")
        return ThemeCatalog(userDirectory: "\(configHome)/ordercon/themes",
                            shippedDirectory: environment["ORDERCON_THEMES"] ?? shippedThemes(near: executablePath))
    }

    private static func shippedThemes(near executablePath: String) -> String? {
        let files = FileManager.default
        var directory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("themes")
            if files.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        let local = files.currentDirectoryPath + "/themes"
        return files.fileExists(atPath: local + "/default.toml") ? local : nil
    }

    /// The path of theme `name`, or nil when neither folder has it.
    public func path(of name: String) -> String? {
        [userDirectory, shippedDirectory].compactMap { $0 }.map { "\($0)/\(name).toml" }
            .first { FileManager.default.fileExists(atPath: $0) }
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

    /// Every theme name either folder has, sorted.
    public var names: [String] {
        let files = FileManager.default
        let all = [userDirectory, shippedDirectory].compactMap { $0 }.flatMap { directory in
            ((try? files.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        }
        return Array(Set(all)).sorted()
    }

    public func loadStrictly(_ name: String) throws(ConfigError) -> Theme {
        guard let path = path(of: name) else {
            throw ConfigError(path: "\(name).toml", line: nil,
                              message: "no such theme in \(userDirectory ?? "-") or \(shippedDirectory ?? "the shipped themes")")
        }
        return try Theme.parse(name: name, source: try TOMLSource(contentsOf: path))
    }
}
