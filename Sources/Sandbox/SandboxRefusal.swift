import Hummingbird

/// A request the sandbox refuses, the way the real API would: an HTTP status and a message.
struct SandboxRefusal: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String

    static func badRequest(_ message: String) -> SandboxRefusal { .init(status: .badRequest, message: message) }
    static func unauthorized(_ message: String) -> SandboxRefusal { .init(status: .unauthorized, message: message) }
    static func forbidden(_ message: String) -> SandboxRefusal { .init(status: .forbidden, message: message) }
    static func notFound(_ message: String) -> SandboxRefusal { .init(status: .notFound, message: message) }
    static func conflict(_ message: String) -> SandboxRefusal { .init(status: .conflict, message: message) }
}
