import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A small forward proxy on a free loopback port, as a company's proxy is seen from a
/// client: it answers `CONNECT host:port` (to loopback only) with a tunnel, refuses
/// anything else, and asks for Basic credentials when given some. It records every CONNECT
/// and every `Proxy-Authorization` it saw, so a test can tell its traffic went through.
/// Blocking sockets on threads keep it free of the client's own NIO, and it is never
/// stopped: its threads end with the test process.
final class ConnectProxy: Sendable {
    let port: Int
    private let credentials: (username: String, password: String)?
    private let seen = Mutex<(connects: [String], authorizations: [String])>(([], []))

    /// The targets of the CONNECTs it tunnelled or refused (`127.0.0.1:8443`).
    var connects: [String] { seen.withLock { $0.connects } }
    /// The `Proxy-Authorization` values it was sent.
    var authorizations: [String] { seen.withLock { $0.authorizations } }

    init(credentials: (username: String, password: String)? = nil) throws {
        self.credentials = credentials
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 64) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw CocoaError(.fileWriteUnknown) }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { continue }
                Thread.detachNewThread { self.serve(client) }
            }
        }
    }

    /// `Basic base64(user:pass)`: what a client must send when the proxy has credentials.
    static func basic(_ username: String, _ password: String) -> String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    private func serve(_ client: Int32) {
        guard let head = Self.readHead(client) else { close(client); return }
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        let authorization = lines.dropFirst().first { $0.lowercased().hasPrefix("proxy-authorization:") }
            .map { String($0.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces) }
        let target = parts.count == 3 ? String(parts[1]) : ""
        seen.withLock { seen in
            if parts.first == "CONNECT" { seen.connects.append(target) }
            if let authorization { seen.authorizations.append(authorization) }
        }
        if let credentials, authorization != Self.basic(credentials.username, credentials.password) {
            Self.reply(client, "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n")
            close(client)
            return
        }
        guard parts.first == "CONNECT", let upstream = Self.connectLoopback(target) else {
            Self.reply(client, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            close(client)
            return
        }
        Self.reply(client, "HTTP/1.1 200 Connection established\r\n\r\n")
        let finished = DispatchGroup()
        for (from, to) in [(client, upstream), (upstream, client)] {
            finished.enter()
            Thread.detachNewThread {
                Self.pump(from: from, to: to)
                finished.leave()
            }
        }
        finished.wait()
        close(client)
        close(upstream)
    }

    /// Reads byte by byte up to the blank line, so nothing of the tunnel is read with it.
    private static func readHead(_ socket: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < 16384, recv(socket, &byte, 1, 0) == 1 {
            bytes.append(byte)
            if bytes.count >= 4, bytes.suffix(4) == [13, 10, 13, 10] { return String(decoding: bytes, as: UTF8.self) }
        }
        return nil
    }

    private static func connectLoopback(_ target: String) -> Int32? {
        guard let colon = target.lastIndex(of: ":"), let port = UInt16(target[target.index(after: colon)...]),
              ["127.0.0.1", "localhost"].contains(target[..<colon]) else { return nil }
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { close(upstream); return nil }
        return upstream
    }

    private static func pump(from: Int32, to: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = recv(from, &buffer, buffer.count, 0)
            guard count > 0, send(to, buffer, count, Int32(MSG_NOSIGNAL)) == count else { break }
        }
        shutdown(to, Int32(SHUT_WR))
    }

    private static func reply(_ socket: Int32, _ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.send(socket, $0.baseAddress, $0.count - 1, Int32(MSG_NOSIGNAL)) }
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
