/// The sandbox's fixed demo credentials, written in the README. They are visibly fake so
/// that nobody mistakes them for a real account's.
public enum DemoCredentials {
    public static let bearerToken = "sandbox-token"
    public static let apiKey = "sandbox-key"
    /// The Appxite API Management subscription key (`Ocp-Apim-Subscription-Key`).
    public static let subscriptionKey = "sandbox-subscription"
    public static let clientID = "sandbox-client"
    public static let clientSecret = "sandbox-secret"
    /// The whitelabel API user of the Standard-edition reseller.
    public static let username = "demo"
    /// The whitelabel API user of the Free-edition reseller, which may only read.
    public static let freeEditionUsername = "demo-free"
    public static let password = "demo"
}
