import Foundation
import OrderFixtures
import OrderKit
import Synchronization

/// A provider that publishes no list: it answers `order(id:)` from a table (an id absent
/// is a 404, an error in the table is thrown) and counts the reads of each id.
final class ByIDProvider: OrderProvider {
    let kind = ProviderKind.adility
    let account = "adility-demo"
    let capabilities = Capabilities(cancelOrder: true)
    let answers: Mutex<[String: Result<Order, OrderError>]>
    let reads = Mutex<[String: Int]>([:])
    let tally: ConcurrencyTally?

    init(_ answers: [String: Result<Order, OrderError>], tally: ConcurrencyTally? = nil) {
        self.answers = Mutex(answers)
        self.tally = tally
    }

    func orderList(stage: OrderStage) async throws -> OrderList {
        throw OrderError.unsupported(detail: "no list here")
    }

    func order(id: String) async throws -> Order {
        reads.withLock { $0[id, default: 0] += 1 }
        if let tally {
            await tally.begin()
            try? await Task.sleep(for: .milliseconds(5))
            await tally.end()
        }
        guard let answer = answers.withLock({ $0[id] }) else { throw OrderError.notFound(detail: "order \(id)") }
        return try answer.get()
    }

    func items(orderID: String) async throws -> [OrderItem] { [] }
    func offers() async throws -> [Offer] { [] }
    func customers() async throws -> [Customer] { [] }
}
