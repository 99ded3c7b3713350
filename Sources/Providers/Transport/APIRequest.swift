import Foundation

/// One HTTP request to a provider, before transport: path relative to the account's base URL.
public struct APIRequest: Sendable {
    public enum Method: String, Sendable {
        case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE"
    }

    public var method: Method
    public var path: String
    public var query: [(String, String)]
    public var headers: [(String, String)]
    public var body: Data?
    /// Headers whose value must differ on every attempt (a request or correlation id that
    /// the provider replays answers for): a retried read sends each with a fresh UUID.
    public var uniquePerAttempt: Set<String> = []

    public init(_ method: Method, _ path: String, query: [(String, String)] = [],
                headers: [(String, String)] = [], body: Data? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The same request with a fresh UUID in every `uniquePerAttempt` header.
    func freshened() -> APIRequest {
        var fresh = self
        fresh.headers = headers.map { name, value in uniquePerAttempt.contains(name) ? (name, UUID().uuidString) : (name, value) }
        return fresh
    }

    /// The path with its query string, percent-encoded, as logged and sent.
    public var pathAndQuery: String {
        guard !query.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        return path + "?" + (components.percentEncodedQuery ?? "")
    }

    /// `pathAndQuery` with the value of every query parameter that looks like a credential
    /// (a key, token, secret, password, signature) replaced by `REDACTED`: what the event
    /// log and the log file keep, since a provider may take an API key in the query.
    public var redactedPathAndQuery: String {
        guard !query.isEmpty else { return path }
        var redacted = self
        redacted.query = query.map { name, value in (name, Self.isCredential(name) ? "REDACTED" : value) }
        return redacted.pathAndQuery
    }

    private static func isCredential(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["key", "token", "secret", "password", "signature", "auth", "credential"].contains { lowered.contains($0) }
            || ["sig", "code", "pwd"].contains(lowered)
    }
}
