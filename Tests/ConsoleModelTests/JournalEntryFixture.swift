import Foundation
import Store

enum JournalEntryFixture {
    static func entry(key: String, outcome: JournalEntry.Outcome?, intent: String = "place") -> JournalEntry {
        JournalEntry(id: 1, provider: .whitelabel, account: "wl-demo", intent: intent, payloadDigest: "d",
                     idempotencyKey: key, createdAt: Date(timeIntervalSince1970: 0), outcome: outcome)
    }
}
