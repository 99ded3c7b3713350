/// The whole config file: settings, accounts and key overrides.
public struct AppConfig: Sendable, Equatable {
    public struct Settings: Sendable, Equatable {
        public var theme = "default"
        public var readOnly = false
        /// Seconds between refreshes while something is processing, and when all is final.
        public var refreshFast: Double = 2
        public var refreshSlow: Double = 30
        public var secretsFile: String?

        public init() {}

        static let keys = ["theme", "read_only", "refresh_fast", "refresh_slow", "secrets_file"]
    }

    public var settings = Settings()
    public var accounts: [AccountConfig] = []
    /// `[keys]` overrides: command name → key.
    public var keys: [String: String] = [:]
    /// The line of each `[keys]` entry and of the table itself (""), so that an override the
    /// keymap refuses is named with its line like every other config mistake.
    public var keyLines: [String: Int] = [:]
    /// Where the file was read from, for messages.
    public var path: String?

    public init(settings: Settings = Settings(), accounts: [AccountConfig] = [], keys: [String: String] = [:],
                path: String? = nil) {
        self.settings = settings
        self.accounts = accounts
        self.keys = keys
        self.path = path
    }

    /// The account called `name`, or the first when `name` is nil.
    public func account(named name: String?) -> AccountConfig? {
        guard let name else { return accounts.first }
        return accounts.first { $0.name == name }
    }
}
