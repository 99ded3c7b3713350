import OrderKit
import Providers
import Synchronization

/// Counts the requests a client made, by "METHOD path".
final class RequestCounter: Sendable {
    private let seen = Mutex<[String]>([])

    func record(_ record: RequestRecord) {
        seen.withLock { $0.append("\(record.method) \(record.path)") }
    }

    func count(_ request: String) -> Int {
        seen.withLock { $0.filter { $0 == request }.count }
    }
}
