import Foundation
import Hummingbird

/// Builds JSON responses and reads JSON bodies for every provider's routes.
enum JSONReply {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static func encode(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func empty(status: HTTPResponse.Status = .noContent) -> Response {
        Response(status: status)
    }

    /// Reads the body as `T`, refusing an empty or malformed one with a 400 that says which.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        guard buffer.readableBytes > 0 else {
            throw SandboxRefusal.badRequest("The request body is empty; send a JSON object.")
        }
        do {
            return try decoder.decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw SandboxRefusal.badRequest("The request body is not the expected JSON: \(DecodingErrorSummary.describe(error)).")
        }
    }
}
