import ArgumentParser
import Config

/// Completes `--account` with the names in the config the command line names (or the
/// default one): the shell asks the binary, so the names are always the current ones.
enum AccountNameCompletion {
    static let kind = CompletionKind.custom { words, _, prefix in
        let path = zip(words, words.dropFirst()).first { $0.0 == "--config" }?.1 ?? ConfigLoader.defaultPath()
        guard let config = try? ConfigLoader.load(path: path) else { return [] }
        return config.accounts.map(\.name).filter { $0.hasPrefix(prefix) }
    }
}
