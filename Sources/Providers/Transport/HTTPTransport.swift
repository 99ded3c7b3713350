import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OrderKit

/// Sends `APIRequest`s to one account's base URL over a shared AsyncHTTPClient, with a
/// connect timeout and a total deadline on every request, and turns every transport
/// failure into an `OrderError` naming the account.
public struct HTTPTransport: Sendable {
    /// One client for the whole process, so connections are pooled and reused; as a
    /// static it lives until exit and never needs shutting down.
    static let sharedClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(30))
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 64
        // A redirect would carry API keys and token-endpoint secrets to another host.
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    public let account: String
    public let baseURL: String
    public let timeout: TimeInterval
    public let retry: RetryPolicy
    /// The account's requests in flight at once (waits between retries do not count).
    public let concurrency: ConcurrencyLimit
    private let observer: (@Sendable (RequestRecord) -> Void)?

    public init(account: String, baseURL: String, timeout: TimeInterval = 30, retry: RetryPolicy = RetryPolicy(),
                concurrency: Int = 8, observer: (@Sendable (RequestRecord) -> Void)? = nil) {
        self.account = account
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
        while true {
            let started = Date()
            do {
                let response = try await concurrency.run { try await sendOnce(request, to: url) }
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
            let response = try await Self.sharedClient.execute(outgoing, timeout: .milliseconds(Int64(timeout * 1000)))
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
            throw OrderError.unreachable(account: account, detail: Self.describe(error, url: baseURL))
        }
    }

    private static func isTimeout(_ error: HTTPClientError) -> Bool {
        [.deadlineExceeded, .readTimeout, .writeTimeout].contains(error)
    }

    private static func describe(_ error: any Error, url: String) -> String {
        let host = URL(string: url).map { "\($0.host ?? url)\($0.port.map { ":\($0)" } ?? "")" } ?? url
        if let clientError = error as? HTTPClientError, clientError == .connectTimeout {
            return "connecting to \(host) timed out"
        }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") {
            return "\(host) refused the connection"
        }
        if text.contains("NXDOMAIN") || text.contains("resolve") || text.contains("lookup") {
            return "\(host) could not be resolved"
        }
        return "connection to \(host) failed"
    }
}
