/// Holds one fetched value and fetches it again only when asked, so that concurrent callers
/// share a single request: a bearer token (renewed once on 401), or what a client reads on
/// the side of every order (Adobe's company name and price-list names).
public actor SharedFetch<Value: Sendable & Equatable> {
    private let fetch: (@Sendable () async throws -> Value)?
    private var current: Value?
    private var pending: Task<Value, any Error>?

    /// - Parameter fetch: how to get the value; nil when each caller says so itself.
    public init(fetch: (@Sendable () async throws -> Value)? = nil) {
        self.fetch = fetch
    }

    /// The value, fetched with the fetch given at creation.
    public func value() async throws -> Value {
        try await value(fetching: fetch!)
    }

    /// The value, fetched with `fetch` if nobody holds or is fetching it.
    public func value(fetching fetch: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let current { return current }
        if let pending { return try await pending.value }
        let task = Task { try await fetch() }
        pending = task
        defer { pending = nil }
        let value = try await task.value
        current = value
        return value
    }

    /// Forgets `value` if it is still the current one (another caller may have refreshed).
    public func invalidate(_ value: Value) {
        if current == value { current = nil }
    }
}
