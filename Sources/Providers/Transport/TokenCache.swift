/// Holds one bearer token and fetches a new one when asked, so that concurrent requests
/// share a single token request and a 401 triggers exactly one refresh.
public actor TokenCache {
    private let fetch: @Sendable () async throws -> String
    private var current: String?
    private var pending: Task<String, any Error>?

    public init(fetch: @escaping @Sendable () async throws -> String) {
        self.fetch = fetch
    }

    public func token() async throws -> String {
        if let current { return current }
        if let pending { return try await pending.value }
        let task = Task { try await fetch() }
        pending = task
        defer { pending = nil }
        let token = try await task.value
        current = token
        return token
    }

    /// Forgets `token` if it is still the current one (another caller may have refreshed).
    public func invalidate(_ token: String) {
        if current == token { current = nil }
    }
}
