import Foundation
import OrderKit
import Store

/// Synthetic cached orders for the benchmark: every one final (completed, failed or
/// cancelled), one to three items each, created five minutes apart, newest first.
enum BenchOrders {
    static let account = "bench"
    private static let customers = ["Acme GmbH", "Beta Logistics", "Contoso Retail", "Northwind Traders",
                                    "Fabrikam Inc", "Tailspin Toys", "Wide World Importers", "Litware Ltd"]
    private static let offers = [("MS365-E3", "Microsoft 365 E3"), ("AZ-PLAN", "Azure plan"),
                                 ("ADB-CC", "Adobe Creative Cloud"), ("DFND-EP", "Defender for Endpoint")]
    private static let outcomes: [(String, Phase)] = [("Executed", .completed), ("Executed", .completed),
                                                      ("Executed", .completed), ("Failed", .failed),
                                                      ("Cancelled by Reseller", .cancelled)]

    /// The id of the newest order, which the first frame shows on its first Status row.
    static func newestID(_ count: Int) -> String { id(count - 1) }

    static func make(_ count: Int, now: Date = Date()) -> [Order] {
        (0..<count).reversed().map { serial in
            let created = now.addingTimeInterval(-Double(count - serial) * 300)
            let (status, phase) = outcomes[serial % outcomes.count]
            let items = (0...(serial % 3)).map { line in
                let offer = offers[(serial + line) % offers.count]
                return OrderItem(id: "\(id(serial))-\(line)", offerID: offer.0, name: offer.1, quantity: 1 + serial % 20,
                                 unitPrice: Money(amount: Decimal(23 + line), currency: "EUR"), status: status, phase: phase)
            }
            return Order(id: id(serial), provider: .whitelabel, account: account, customerID: "\(1001 + serial % customers.count)",
                         customerName: customers[serial % customers.count], status: status, phase: phase,
                         createdAt: created, updatedAt: created, total: Money(amount: Decimal(23 * (1 + serial % 20)), currency: "EUR"),
                         items: items)
        }
    }

    private static func id(_ serial: Int) -> String { String(100_000_000 + serial) }

    /// A directory the real binary runs in: its config (one whitelabel account on a closed
    /// port, so the cache is all it has) and its Store holding `orders`.
    static func workspace(_ orders: [Order]) throws -> String {
        let directory = NSTemporaryDirectory() + "ordercon-bench-\(getpid())-\(orders.count)"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory + "/state/ordercon", withIntermediateDirectories: true)
        let config = """
            [[accounts]]
            name = "\(account)"
            provider = "whitelabel"
            base_url = "http://127.0.0.1:1/whitelabel"
            [accounts.auth]
            token_env = "BENCH_TOKEN"

            """
        try config.write(toFile: directory + "/config.toml", atomically: true, encoding: .utf8)
        let store = try OrderStore(path: directory + "/state/ordercon/ordercon.sqlite")
        try store.replaceOrders(orders, account: account, refreshedAt: Date().addingTimeInterval(-7200))
        return directory
    }
}
