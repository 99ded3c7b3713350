import Foundation
import GRDB

extension OrderStore {
    /// The embedded sandbox's store, in a file of its own (never the real accounts'): only
    /// the local carts outlive a run, so quitting the zero-config console loses no cart.
    /// The sandbox's orders are new every run, so what the file holds of them (cached
    /// orders, refresh times, the journal, known orders) is forgotten when it is opened.
    public static func sandboxCarts(path: String) throws -> OrderStore {
        let store = try OrderStore(path: path)
        try store.database.write { db in
            for table in ["cachedOrder", "refresh", "journal", "knownOrder"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
        }
        return store
    }
}
