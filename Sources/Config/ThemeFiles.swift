import Foundation

/// Where theme TOML comes from: the user's `$XDG_CONFIG_HOME/ordercon/themes/NAME.toml`
/// first, then the themes compiled into the binary. One place resolves the user's folder
/// (with the config file's own rule), so an installed binary needs no files beside it.
public struct ThemeFiles: Sendable {
    public var userDirectory: String?
    public var builtIn: [String: String]

    public init(userDirectory: String?, builtIn: [String: String] = BuiltInThemes.files) {
        self.userDirectory = userDirectory
        self.builtIn = builtIn
    }

    /// The user's themes folder beside the config, and the built-in themes.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeFiles {
        ThemeFiles(userDirectory: ConfigLoader.configDirectory(environment: environment) + "/themes")
    }

    /// Theme `name`'s TOML: the user's file when there is one, else the built-in text.
    public func source(of name: String) throws(ConfigError) -> TOMLSource {
        if let userDirectory {
            let path = "\(userDirectory)/\(name).toml"
            if FileManager.default.fileExists(atPath: path) { return try TOMLSource(contentsOf: path) }
        }
        guard let text = builtIn[name] else {
            throw ConfigError(path: "\(name).toml", line: nil,
                              message: "no such theme in \(userDirectory ?? "-") or the built-in ones (\(builtIn.keys.sorted().joined(separator: ", ")))")
        }
        return try TOMLSource(path: "\(name).toml (built in)", text: text)
    }

    /// Every theme name the user's folder or the built-ins have, sorted.
    public var names: [String] {
        let user = userDirectory.map { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        } ?? []
        return Array(Set(user + builtIn.keys)).sorted()
    }
}
