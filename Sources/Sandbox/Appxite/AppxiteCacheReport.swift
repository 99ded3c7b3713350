/// Sandbox-only: how many calls arrived and which carried the read-cache headers, so that
/// a test can show a client never sends them (PROVIDERS.md: the cache is company-wide).
struct AppxiteCacheReport: Encodable {
    var calls: Int
    var callsWithCacheHeaders: [String]

    enum CodingKeys: String, CodingKey { case calls = "Calls", callsWithCacheHeaders = "CallsWithCacheHeaders" }
}
