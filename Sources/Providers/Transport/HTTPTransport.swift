import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OrderKit

/// Sends `APIRequest`s to one account's base URL over the AsyncHTTPClient of its network
/// route (shared by every account on the same route), with a connect timeout and a total
/// deadline on every request, and turns every transport failure into an `OrderError`
/// naming the account.
public struct HTTPTransport: Sendable {
    public let account: String
    public let baseURL: String
    public let timeout: TimeInterval
    public let retry: RetryPolicy
    /// The account's requests in flight at once (waits between retries do not count).
    public let concurrency: ConcurrencyLimit
    /// Direct, or through a proxy, with the account's extra certificate authorities.
    public let route: NetworkRoute
    private let observer: (@Sendable (RequestRecord) -> Void)?

    public init(account: String, baseURL: String, timeout: TimeInterval = 30, retry: RetryPolicy = RetryPolicy(),
                concurrency: Int = 8, route: NetworkRoute = .direct, observer: (@Sendable (RequestRecord) -> Void)? = nil) {
        self.account = account
        self.route = route
        self.concurrency = ConcurrencyLimit(concurrency)
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        self.retry = retry
        self.observer = observer
    }

    public func send(_ request: APIRequest) async throws -> APIResponse {
        try await send(request, to: baseURL + request.pathAndQuery)
    }

    /// Sends to an absolute URL (token endpoints live outside the API base).
    /// Sends to an absolute URL. A GET (which changes nothing) is tried again on 429, 502,
    /// 503 and 504 and on a connection that failed at once, with exponential backoff and
    /// full jitter, honouring `Retry-After`, within `retry`'s time budget. Other methods
    /// create or change things and are sent once: providers retry those through their own
    /// idempotency mechanisms.
    public func send(_ request: APIRequest, to url: String) async throws -> APIResponse {
        let deadline = Date().addingTimeInterval(retry.budget)
        var attempt = 0
        var current = request
        while true {
            let started = Date()
            if attempt > 0 { current = current.freshened() }
            do {
                let response = try await concurrency.run { [current] in try await sendOnce(current, to: url) }
                guard request.method == .get, RetryPolicy.retriedStatuses.contains(response.status),
                      let wait = retry.delay(attempt: attempt, retryAfter: response.header("Retry-After"), deadline: deadline)
                else { return response }
                try await Task.sleep(for: .seconds(wait))
            } catch OrderError.unreachable(let account, let detail)
                where request.method == .get && Date().timeIntervalSince(started) < 1 {
                guard let wait = retry.delay(attempt: attempt, retryAfter: nil, deadline: deadline) else {
                    throw OrderError.unreachable(account: account, detail: detail)
                }
                try await Task.sleep(for: .seconds(wait))
            }
            attempt += 1
        }
    }

    private func sendOnce(_ request: APIRequest, to url: String) async throws -> APIResponse {
        var outgoing = HTTPClientRequest(url: url)
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        outgoing.headers.add(name: "User-Agent", value: "ordercon")
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let started = Date()
        var status: Int?
        defer {
            observer?(RequestRecord(time: started, account: account, method: request.method.rawValue,
                                    path: request.redactedPathAndQuery, status: status,
                                    duration: Date().timeIntervalSince(started)))
        }
        do {
            let response = try await HTTPClientPool.client(for: route)
                .execute(outgoing, timeout: .milliseconds(Int64(timeout * 1000)))
            let body = try await response.body.collect(upTo: 32 << 20)
            status = Int(response.status.code)
            return APIResponse(status: Int(response.status.code),
                               headers: response.headers.map { ($0.name, $0.value) },
                               body: Data(body.readableBytesView))
        } catch let error as HTTPClientError where Self.isTimeout(error) {
            throw OrderError.timedOut(detail: "\(account) did not answer \(request.method.rawValue) \(request.path) within \(Int(timeout)) s")
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw OrderError.unreachable(account: account, detail: await Self.explain(error, url: url, route: route))
        }
    }

    private static func isTimeout(_ error: HTTPClientError) -> Bool {
        [.deadlineExceeded, .readTimeout, .writeTimeout].contains(error)
    }

    /// `describe`, except that a refused certificate is looked at once more by itself: the
    /// TLS library only says "verify failed", the probe's handshake tells expired from an
    /// unknown CA.
    static func explain(_ error: any Error, url: String, route: NetworkRoute) async -> String {
        if TLSProblem(String(describing: error))?.certificateRefused == true, let target = URL(string: url),
           let step = await ConnectionProbe.run(url: target, route: route).last, step.name == "TLS", !step.ok {
            return step.detail
        }
        return describe(error, url: url, route: route)
    }

    static func describe(_ error: any Error, url: String, route: NetworkRoute) -> String {
        let host = URL(string: url).map { "\($0.host ?? url)\($0.port.map { ":\($0)" } ?? "")" } ?? url
        if let clientError = error as? HTTPClientError, clientError == .connectTimeout {
            return "connecting to \(host) timed out" + (route.proxy.map { " (through the proxy \($0))" } ?? "")
        }
        let text = String(describing: error)
        if let problem = TLSProblem(text) { return "TLS to \(host) failed: \(problem.message)" }
        if text.contains("connectionRefused") || text.contains("Connection refused") {
            return route.proxy.map { "the proxy \($0) refused the connection (is it running?)" } ?? "\(host) refused the connection"
        }
        if let proxy = route.proxy, error as? HTTPClientError == .proxyAuthenticationRequired {
            return "the proxy \(proxy) wants credentials (HTTP 407): put them in the proxy URL, http://user:pass@host:port"
        }
        if let proxy = route.proxy, text.contains("proxy") || text.contains("Proxy") {
            return "the proxy \(proxy) refused or failed the connection to \(host)"
        }
        if text.contains("NXDOMAIN") || text.contains("resolve") || text.contains("lookup") {
            return "\(host) could not be resolved"
        }
        return "connection to \(host) failed"
    }
}
