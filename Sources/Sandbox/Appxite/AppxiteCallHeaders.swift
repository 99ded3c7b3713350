/// The headers the document requires on every call, as one request carried them.
struct AppxiteCallHeaders: Sendable {
    var subscriptionKey: String?
    var authorization: String?
    var apiVersion: String?
    var onBehalfOf: String?
    var referer: String?
    /// Which of the optional read-cache headers (`X-Use-Cache`, `X-Cache-Duration`) came along.
    var cacheHeaders: [String]
}
