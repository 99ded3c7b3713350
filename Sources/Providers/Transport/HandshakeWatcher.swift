import Foundation
import NIOCore
import NIOSSL
import NIOTLS
import X509

/// Waits in a channel for the TLS handshake and reports what it settled: the protocol and
/// the server's certificate (subject, issuer, expiry), read on the channel's own thread
/// where the TLS handler may be asked; or the error that ended it, told apart by the
/// certificate's dates where the TLS library only says "verify failed".
final class HandshakeWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    private let promise: EventLoopPromise<String>

    init(promise: EventLoopPromise<String>) {
        self.promise = promise
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard case .handshakeCompleted = event as? TLSUserEvent,
              let tls = try? context.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self) else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        promise.succeed(Self.summary(version: tls.tlsVersion, certificate: tls.peerCertificate))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let certificate = (try? context.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self))?.peerCertificate
        promise.fail(certificate.flatMap(Self.outOfDate).map(ProbeFailure.init) ?? error)
        context.close(promise: nil)
    }

    /// Why a certificate is refused for its dates, if it is.
    private static func outOfDate(_ certificate: NIOSSLCertificate) -> String? {
        let now = time(nil)
        let day = { (time: time_t) in Date(timeIntervalSince1970: TimeInterval(time)).formatted(.iso8601.year().month().day()) }
        if certificate.notValidAfter < now { return "the certificate has expired (on \(day(certificate.notValidAfter)))" }
        if certificate.notValidBefore > now { return "the certificate is not valid yet (from \(day(certificate.notValidBefore)))" }
        return nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise.fail(ChannelError.eof)
    }

    private static func summary(version: TLSVersion?, certificate: NIOSSLCertificate?) -> String {
        let protocolName = switch version {
        case .tlsv13: "TLSv1.3"
        case .tlsv12: "TLSv1.2"
        case .tlsv11: "TLSv1.1"
        case .tlsv1: "TLSv1.0"
        case nil: "TLS"
        }
        guard let der = try? certificate?.toDERBytes(), let parsed = try? Certificate(derEncoded: der) else {
            return protocolName
        }
        let expiry = parsed.notValidAfter.formatted(.iso8601.year().month().day())
        return "\(protocolName), subject \(parsed.subject), issuer \(parsed.issuer), expires \(expiry)"
    }
}
