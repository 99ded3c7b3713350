/// Everything that can go wrong talking to a provider, each with one line a user can act on.
///
/// Clients turn HTTP failures, decoding errors and timeouts into these, so that no raw
/// dump or stack trace ever reaches the screen.
public enum OrderError: Error, Sendable, Hashable {
    /// The base URL could not be reached at all.
    case unreachable(account: String, detail: String)
    /// Credentials were refused (HTTP 401, or the token endpoint said no).
    case authenticationRefused(account: String, detail: String)
    /// The account may not do this (HTTP 403), e.g. a Free-edition reseller writing.
    case forbidden(detail: String)
    case notFound(detail: String)
    /// The order is in a state that does not allow this (HTTP 409).
    case conflict(detail: String)
    /// The provider rejected the request as invalid (HTTP 400/422).
    case rejected(detail: String)
    /// HTTP 429: too many requests.
    case rateLimited(detail: String)
    case serverFailure(status: Int, detail: String)
    case malformedResponse(detail: String)
    case timedOut(detail: String)
    /// The provider has no such operation.
    case unsupported(detail: String)
    /// A request that had to be answered first was not (Adobe's NEW must carry the offer ids
    /// its PREVIEW answers), so the order-creating request was never sent: nothing was
    /// placed, and placing again is safe.
    case notPlaced(detail: String)
    case configuration(detail: String)
    case unexpected(detail: String)

    /// One line: what failed, and what to do.
    public var message: String {
        switch self {
        case .unreachable(let account, let detail):
            "Cannot reach \(account): \(detail). Check base_url and the network."
        case .authenticationRefused(let account, let detail):
            "\(account) refused the credentials: \(detail). Check the account's auth settings."
        case .forbidden(let detail):
            "Not allowed: \(detail)."
        case .notFound(let detail):
            "Not found: \(detail)."
        case .conflict(let detail):
            "Refused by the provider: \(detail)."
        case .rejected(let detail):
            "The provider rejected the request: \(detail)."
        case .rateLimited(let detail):
            "Rate limited: \(detail). Wait a moment and retry."
        case .serverFailure(let status, let detail) where detail == "HTTP \(status)":
            "The provider failed (HTTP \(status)). Retry later."
        case .serverFailure(let status, let detail):
            "The provider failed (HTTP \(status)): \(detail). Retry later."
        case .malformedResponse(let detail):
            "The provider sent an unreadable answer: \(detail)."
        case .timedOut(let detail):
            "No answer in time: \(detail). Retry in a moment."
        case .unsupported(let detail):
            detail
        case .notPlaced(let detail):
            "Nothing was placed: \(detail)."
        case .configuration(let detail):
            detail
        case .unexpected(let detail):
            "Unexpected error: \(detail)."
        }
    }

    /// Wraps any error as an `OrderError`, keeping one line of it.
    public static func wrapping(_ error: any Error) -> OrderError {
        if let orderError = error as? OrderError { return orderError }
        let text = String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown"
        return .unexpected(detail: String(text.prefix(200)))
    }
}
