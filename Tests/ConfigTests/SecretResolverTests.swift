import Config
import Foundation
import Testing

@Suite struct SecretResolverTests {
    private func config(secretsFile: String? = nil) throws -> AppConfig {
        var text = "[[accounts]]\nname = \"a\"\nprovider = \"whitelabel\"\nbase_url = \"https://x.example\"\n[accounts.auth]\ntoken_env = \"A_TOKEN\"\n"
        if let secretsFile { text += "secrets_file = \"\(secretsFile)\"\n" }
        return try ConfigLoader.parse(TOMLSource(path: "c.toml", text: text))
    }

    private func secretsFile(mode: Int, text: String = "A_TOKEN = \"s3cr3t-from-file\"\n") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("secrets-\(UUID().uuidString).toml").path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: mode])
        return path
    }

    @Test func environmentComesFirst() throws {
        let config = try config()
        let resolver = SecretResolver(environment: ["A_TOKEN": "s3cr3t-from-env"])
        #expect(try resolver.resolve("A_TOKEN", key: "token_env", account: config.accounts[0], config: config) == "s3cr3t-from-env")
    }

    @Test func missingVariableNamesItAndTheFix() throws {
        let config = try config()
        #expect(throws: ConfigError(path: "c.toml", line: 6,
                                    message: "account 'a': token_env names A_TOKEN, which is not set; export A_TOKEN or add it to secrets_file")) {
            try SecretResolver(environment: [:]).resolve("A_TOKEN", key: "token_env", account: config.accounts[0], config: config)
        }
    }

    @Test func privateSecretsFileIsRead() throws {
        let path = try secretsFile(mode: 0o600)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let config = try config(secretsFile: path)
        #expect(try SecretResolver(environment: [:]).resolve("A_TOKEN", key: "token_env", account: config.accounts[0],
                                                             config: config) == "s3cr3t-from-file")
    }

    @Test func readableSecretsFileIsRefusedWithTheFixAndNoSecret() throws {
        let path = try secretsFile(mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let config = try config(secretsFile: path)
        do {
            _ = try SecretResolver(environment: [:]).resolve("A_TOKEN", key: "token_env", account: config.accounts[0],
                                                             config: config)
            Issue.record("a world-readable secrets file was accepted")
        } catch {
            #expect(error.path == path)
            #expect(error.message.contains("chmod 600 \(path)"))
            #expect(!error.description.contains("s3cr3t"))
        }
    }
}
