@testable import Config
import Foundation
@testable import TerminalUI

/// The TOML readers: the config file, the secrets file (through a real 0600 file, as the
/// resolver reads it) and theme files.
extension FuzzTarget {
    static let settingsFiles = [config, theme]

    static let config = FuzzTarget(name: "config", syntax: .toml, corpus: FuzzCorpus.toml(in: "Tests/FuzzTests/Corpus/config"), readers: [
        { data in _ = try ConfigLoader.parse(TOMLSource(path: "config.toml", text: String(decoding: data, as: UTF8.self))) },
        { data in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-secrets-\(getpid()).toml").path
            _ = FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = try SecretResolver.secrets(in: path)
        },
    ])

    static let theme = FuzzTarget(name: "theme", syntax: .toml, corpus: FuzzCorpus.toml(in: "themes"), readers: [
        { data in _ = try Theme.parse(name: "fuzz", source: TOMLSource(path: "fuzz.toml", text: String(decoding: data, as: UTF8.self))) },
    ])
}
