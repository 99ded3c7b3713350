import Foundation
import Hummingbird

/// Receives a response body in memory, so that a fault can cut or replace the book's
/// real answer.
final class CollectedBody: ResponseBodyWriter {
    private(set) var data = Data()

    func write(_ buffer: ByteBuffer) async throws {
        data.append(contentsOf: buffer.readableBytesView)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
