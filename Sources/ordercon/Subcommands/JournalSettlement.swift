import ArgumentParser
import Store

/// `ordercon journal --settle INTENT placed ORDER_ID | not-placed`: what a person found out
/// about an intent no provider call can settle (Adility has no lookup by order number), so
/// an account is never blocked for good by an intent left open.
struct JournalSettlement: Equatable {
    /// The intent's number, as `ordercon journal` prints it (`#12`).
    var intent: Int64
    /// The order it placed, or nil when it placed nothing.
    var orderID: String?

    /// Reads `INTENT placed ORDER_ID` or `INTENT not-placed` (the intent with or without `#`).
    init(_ words: [String]) throws {
        guard let first = words.first, let intent = Int64(first.hasPrefix("#") ? String(first.dropFirst()) : first) else {
            throw ValidationError("--settle takes an intent number as ordercon journal prints it (#12), then placed ORDER_ID or not-placed.")
        }
        self.intent = intent
        switch Array(words.dropFirst()) {
        case ["not-placed"]: orderID = nil
        case let rest where rest.count == 2 && rest[0] == "placed" && !rest[1].isEmpty: orderID = rest[1]
        default:
            throw ValidationError("--settle \(first) takes placed ORDER_ID or not-placed.")
        }
    }

    var outcome: JournalEntry.Outcome { orderID == nil ? .notPlaced : .placed }
}
