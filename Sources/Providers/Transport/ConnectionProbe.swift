import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import OrderKit
#if canImport(Glibc)
import Glibc
#endif

/// The network steps of `ordercon doctor` for one URL on one route, each tried by hand so
/// each can be reported on its own: DNS, TCP (to the proxy when there is one), the proxy's
/// CONNECT, and the TLS handshake with the account's trust. It stops at the first step
/// that fails: the ones after it could only fail too. The HTTP step is the caller's, with
/// the account's real client.
public enum ConnectionProbe {
    public static func run(url: URL, route: NetworkRoute, timeout: TimeInterval = 5) async -> [ProbeStep] {
        guard let host = url.host?.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), !host.isEmpty else {
            return [ProbeStep("DNS", ok: false, "\(url) names no host")]
        }
        let secure = url.scheme?.lowercased() == "https"
        let port = url.port ?? (secure ? 443 : 80)
        let target = "\(host.contains(":") ? "[\(host)]" : host):\(port)"
        let first: (host: String, port: Int, what: String) = route.proxy.map { ($0.host, $0.port, "the proxy \($0)") }
            ?? (host, port, target)
        var steps: [ProbeStep] = []

        let addresses = await blocking { resolve(first.host) }
        guard !addresses.isEmpty else {
            return steps + [ProbeStep("DNS", ok: false, "\(first.host) could not be resolved (\(first.what))")]
        }
        steps.append(ProbeStep("DNS", ok: true, "\(first.host) → \(addresses.joined(separator: ", "))"))

        let started = Date()
        let connected = await blocking { connect(addresses, port: first.port, timeout: timeout) }
        guard case .success(let (socket, address)) = connected else {
            if case .failure(let reason) = connected { steps.append(ProbeStep("TCP", ok: false, "\(first.what): \(reason.reason)")) }
            return steps
        }
        let peer = route.proxy.map { "the proxy \($0) at \(address)" } ?? address
        steps.append(ProbeStep("TCP", ok: true, "connected to \(peer) in \(milliseconds(since: started))"))

        if let proxy = route.proxy {
            let answer = await blocking { tunnel(socket, to: target, proxy: proxy) }
            steps.append(ProbeStep("CONNECT", ok: answer.ok, answer.detail))
            guard answer.ok else { close(socket); return steps }
        }
        guard secure else {
            close(socket)
            return steps + [ProbeStep("TLS", ok: true, "not used: the base URL is plain http")]
        }
        return steps + [await handshake(socket, host: host, target: target, route: route, timeout: timeout)]
    }

    /// Every address `host` resolves to, IPv4 first as most servers listen there.
    private static func resolve(_ host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0 else { return [] }
        defer { freeaddrinfo(list) }
        var found: [String] = []
        var entry = list
        while let current = entry?.pointee {
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if current.ai_family == AF_INET {
                var address = current.ai_addr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                inet_ntop(AF_INET, &address, &text, socklen_t(text.count))
            } else if current.ai_family == AF_INET6 {
                var address = current.ai_addr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                inet_ntop(AF_INET6, &address, &text, socklen_t(text.count))
            }
            let address = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !address.isEmpty, !found.contains(address) { found.append(address) }
            entry = current.ai_next
        }
        return found.filter { !$0.contains(":") } + found.filter { $0.contains(":") }
    }

    /// The first address that takes a connection, with send and receive timeouts set.
    private static func connect(_ addresses: [String], port: Int, timeout: TimeInterval)
        -> Result<(Int32, String), ProbeFailure> {
        var reason = "refused the connection"
        for address in addresses {
            guard let socketAddress = try? SocketAddress(ipAddress: address, port: port) else { continue }
            let socket = Glibc.socket(Int32(socketAddress.protocol.rawValue), Int32(SOCK_STREAM.rawValue), 0)
            var limit = timeval(tv_sec: Int(timeout), tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            let result = socketAddress.withSockAddr { Glibc.connect(socket, $0, socklen_t($1)) }
            if result == 0 { return .success((socket, "\(address):\(port)")) }
            reason = switch errno {
            case ECONNREFUSED: "\(address):\(port) refused the connection (nothing listens there)"
            case EINPROGRESS, ETIMEDOUT: "\(address):\(port) did not answer within \(Int(timeout)) s"
            default: "\(address):\(port) cannot be reached (\(String(cString: strerror(errno))))"
            }
            close(socket)
        }
        return .failure(ProbeFailure(reason))
    }

    /// Asks the proxy for a tunnel to `target`, with its credentials when it has some, and
    /// reads its status line; the credentials are never part of what is reported.
    private static func tunnel(_ socket: Int32, to target: String, proxy: ProxySetting) -> (ok: Bool, detail: String) {
        var request = "CONNECT \(target) HTTP/1.1\r\nHost: \(target)\r\n"
        if let username = proxy.username {
            request += "Proxy-Authorization: Basic \(Data("\(username):\(proxy.password ?? "")".utf8).base64EncodedString())\r\n"
        }
        request += "\r\n"
        let bytes = Array(request.utf8)
        guard send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            return (false, "the proxy \(proxy) closed the connection before the CONNECT was sent")
        }
        var head: [UInt8] = []
        var byte: UInt8 = 0
        while head.count < 16384, recv(socket, &byte, 1, 0) == 1 {
            head.append(byte)
            if head.suffix(4) == [13, 10, 13, 10] { break }
        }
        let statusLine = String(decoding: head, as: UTF8.self).prefix { $0 != "\r" && $0 != "\n" }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else {
            return (false, "the proxy \(proxy) gave no HTTP answer to CONNECT \(target)")
        }
        switch status {
        case 200..<300: return (true, "the proxy \(proxy) opened a tunnel to \(target) (HTTP \(status))")
        case 407: return (false, "the proxy \(proxy) wants credentials (HTTP 407): put them in the proxy URL, http://user:pass@host:port")
        default: return (false, "the proxy \(proxy) refused the tunnel to \(target) (HTTP \(status))")
        }
    }

    /// The TLS handshake over the connected socket, trusting what the account trusts and
    /// checking the name as every request does.
    private static func handshake(_ socket: Int32, host: String, target: String, route: NetworkRoute,
                                  timeout: TimeInterval) async -> ProbeStep {
        let isAddress = (try? SocketAddress(ipAddress: host, port: 0)) != nil
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).withConnectedSocket(socket).get()
        } catch {
            close(socket)
            return ProbeStep("TLS", ok: false, "TLS to \(target) failed: the connection was lost")
        }
        defer { channel.close(promise: nil) }
        do {
            let context = try NIOSSLContext(configuration: route.tlsConfiguration)
            let promise = channel.eventLoop.makePromise(of: String.self)
            try await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.addHandler(
                    try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : host))
                try channel.pipeline.syncOperations.addHandler(HandshakeWatcher(promise: promise))
            }.get()
            channel.eventLoop.scheduleTask(in: .milliseconds(Int64(timeout * 1000))) {
                promise.fail(ChannelError.connectTimeout(.milliseconds(Int64(timeout * 1000))))
            }
            return ProbeStep("TLS", ok: true, try await promise.futureResult.get())
        } catch let failure as ProbeFailure {
            return ProbeStep("TLS", ok: false, "TLS to \(target) failed: \(failure.reason)")
        } catch {
            let problem = TLSProblem(String(describing: error))?.message ?? "the handshake did not finish"
            return ProbeStep("TLS", ok: false, "TLS to \(target) failed: \(problem)")
        }
    }

    private static func blocking<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    private static func milliseconds(since start: Date) -> String {
        "\(Int(Date().timeIntervalSince(start) * 1000)) ms"
    }
}
