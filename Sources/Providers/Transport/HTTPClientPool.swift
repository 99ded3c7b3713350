import AsyncHTTPClient
import Foundation
import Synchronization

/// One HTTP client per network route, shared by every account that takes it: connections
/// are pooled per route, and the clients live until the process exits, so none is ever
/// shut down under a request.
enum HTTPClientPool {
    private static let clients = Mutex<[NetworkRoute: HTTPClient]>([:])

    static func client(for route: NetworkRoute) -> HTTPClient {
        clients.withLock { clients in
            if let client = clients[route] { return client }
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration(for: route))
            clients[route] = client
            return client
        }
    }

    private static func configuration(for route: NetworkRoute) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(30))
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 64
        // A redirect would carry API keys and token-endpoint secrets to another host.
        configuration.redirectConfiguration = .disallow
        if !route.extraCertificateAuthorities.isEmpty { configuration.tlsConfiguration = route.tlsConfiguration }
        if let proxy = route.proxy {
            let authorization = proxy.username.map { HTTPClient.Authorization.basic(username: $0, password: proxy.password ?? "") }
            configuration.proxy = .server(host: proxy.host, port: proxy.port, authorization: authorization)
        }
        return configuration
    }
}
