import OrderKit

/// Turns a non-2xx answer into the `OrderError` for its status, with the provider's own
/// message (cut to one short line) as the detail.
public enum HTTPFailure {
    public static func error(for response: APIResponse, account: String, message: String?) -> OrderError {
        let said = oneLine(message)
        let detail = said ?? "HTTP \(response.status)"
        switch response.status {
        case 401: return .authenticationRefused(account: account, detail: detail)
        case 403: return .forbidden(detail: detail)
        case 404: return .notFound(detail: detail)
        case 409: return .conflict(detail: detail)
        case 400, 422: return .rejected(detail: detail)
        case 429: return .rateLimited(detail: detail)
        case 500...599: return .serverFailure(status: response.status, detail: detail)
        default: return .unexpected(detail: said.map { "HTTP \(response.status): \($0)" } ?? detail)
        }
    }

    static func oneLine(_ text: String?) -> String? {
        guard let text else { return nil }
        let flattened = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        guard !flattened.isEmpty else { return nil }
        let trimmed = flattened.hasSuffix(".") ? String(flattened.dropLast()) : flattened
        return trimmed.count > 200 ? String(trimmed.prefix(199)) + "…" : trimmed
    }
}
