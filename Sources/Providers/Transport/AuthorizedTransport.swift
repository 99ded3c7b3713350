import Foundation
import OrderKit

/// An `HTTPTransport` that adds `Authorization: Bearer`, fetching the token when it has
/// none, and — when the token can be renewed — fetching a new one once on a 401 and
/// retrying. Concurrent requests share one token request.
public struct AuthorizedTransport: Sendable {
    public let transport: HTTPTransport
    private let source: BearerSource
    private let tokens: SharedFetch<String>

    public init(transport: HTTPTransport, source: BearerSource) {
        self.transport = transport
        self.source = source
        tokens = SharedFetch { [transport] in try await Self.fetch(source, transport: transport) }
    }

    public var account: String { transport.account }

    public func send(_ request: APIRequest) async throws -> APIResponse {
        let token = try await tokens.value()
        var attempt = request
        attempt.headers.append(("Authorization", "Bearer \(token)"))
        let response = try await transport.send(attempt)
        guard response.status == 401, source.canRefresh else { return response }
        await tokens.invalidate(token)
        let fresh = try await tokens.value()
        attempt.headers = request.headers + [("Authorization", "Bearer \(fresh)")]
        return try await transport.send(attempt)
    }

    private static func fetch(_ source: BearerSource, transport: HTTPTransport) async throws -> String {
        let url: String
        var headers = [("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json")]
        let form: [(String, String)]
        switch source {
        case .token(let token):
            return token
        case .clientCredentials(let tokenURL, let clientID, let clientSecret, let scope):
            url = tokenURL
            form = [("grant_type", "client_credentials"), ("client_id", clientID), ("client_secret", clientSecret)]
                + (scope.map { [("scope", $0)] } ?? [])
        case .password(let tokenURL, let clientID, let clientSecret, let username, let password):
            url = tokenURL
            headers.append(("Authorization", "Basic " + Data("\(clientID):\(clientSecret)".utf8).base64EncodedString()))
            form = [("grant_type", "password"), ("username", username), ("password", password)]
        }
        let body = form.map { "\($0.0)=\(formEncode($0.1))" }.joined(separator: "&")
        let path = URL(string: url)?.path ?? url
        let response = try await transport.send(APIRequest(.post, path, headers: headers, body: Data(body.utf8)), to: url)
        guard response.isSuccess else {
            let payload = try? JSONDecoder().decode(OAuthErrorPayload.self, from: response.body)
            let detail = HTTPFailure.oneLine(payload?.errorDescription ?? payload?.message) ?? "HTTP \(response.status)"
            throw OrderError.authenticationRefused(account: transport.account, detail: "the token endpoint said: \(detail)")
        }
        return try PayloadDecoder.decode(OAuthTokenResponse.self, from: response, what: "token").accessToken
    }

    private static func formEncode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
