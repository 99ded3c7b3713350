/// The credentials a sandbox accepts. By default the public demo values; a test that scans
/// logs, screens and files for leaked secrets gives distinctive ones instead, so that any
/// hit is certainly a leak and not a coincidence.
public struct SandboxCredentials: Sendable, Equatable {
    public var bearerToken: String
    public var apiKey: String
    /// The Appxite API Management subscription key (`Ocp-Apim-Subscription-Key`).
    public var subscriptionKey: String
    public var clientID: String
    public var clientSecret: String
    /// The whitelabel API user of the Standard-edition reseller.
    public var username: String
    /// The whitelabel API user of the Free-edition reseller, which may only read.
    public var freeEditionUsername: String
    public var password: String

    public init(bearerToken: String, apiKey: String, subscriptionKey: String, clientID: String, clientSecret: String,
                username: String, freeEditionUsername: String, password: String) {
        self.bearerToken = bearerToken
        self.apiKey = apiKey
        self.subscriptionKey = subscriptionKey
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.username = username
        self.freeEditionUsername = freeEditionUsername
        self.password = password
    }

    /// The fixed demo credentials written in the README.
    public static let demo = SandboxCredentials(
        bearerToken: DemoCredentials.bearerToken, apiKey: DemoCredentials.apiKey,
        subscriptionKey: DemoCredentials.subscriptionKey, clientID: DemoCredentials.clientID,
        clientSecret: DemoCredentials.clientSecret, username: DemoCredentials.username,
        freeEditionUsername: DemoCredentials.freeEditionUsername, password: DemoCredentials.password)
}
