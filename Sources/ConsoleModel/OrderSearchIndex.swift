import Foundation
import OrderKit

/// The text a `/` filter searches in every order — id, customer, status with its meaning,
/// each item's offer and name — folded to lower case once, when the orders arrive, into one
/// byte buffer.
///
/// Why: matching 100 000 orders with `localizedCaseInsensitiveContains` takes far longer
/// than a key press may. Here a 64-bit summary of the bytes in each order rules most
/// orders out without reading their text, and the rest is a plain byte scan. Fields are
/// kept apart by a zero byte, so a match never spans two of them.
struct OrderSearchIndex: Sendable {
    private var text: [UInt8] = []
    /// Where each order's text ends in `text`; it starts where the previous one ends.
    private var ends: [Int32] = []
    private var summaries: [UInt64] = []

    init(_ orders: [Order]) {
        text.reserveCapacity(orders.count * 64)
        ends.reserveCapacity(orders.count)
        summaries.reserveCapacity(orders.count)
        for order in orders {
            var summary: UInt64 = 0
            Self.fold(order.id, into: &text, summary: &summary)
            Self.fold(order.customerLabel, into: &text, summary: &summary)
            Self.fold(order.statusLabel, into: &text, summary: &summary)
            for item in order.items {
                Self.fold(item.offerID, into: &text, summary: &summary)
                Self.fold(item.name, into: &text, summary: &summary)
            }
            ends.append(Int32(text.count))
            summaries.append(summary)
        }
    }

    /// A pattern folded the way the index folds its text.
    struct Needle: Sendable, Equatable {
        let bytes: [UInt8]
        let summary: UInt64

        init(_ pattern: String) {
            var bytes: [UInt8] = []
            var summary: UInt64 = 0
            OrderSearchIndex.fold(pattern, into: &bytes, summary: &summary)
            self.bytes = Array(bytes.dropFirst())
            self.summary = summary
        }

        /// True when every order this needle finds is also found by `other`.
        func narrows(_ other: Needle) -> Bool {
            other.bytes.isEmpty || bytes.count >= other.bytes.count && OrderSearchIndex.find(other.bytes, in: bytes[...])
        }
    }

    /// Whether the order at `position` (in the array the index was built from) contains the needle.
    func contains(_ needle: Needle, at position: Int) -> Bool {
        guard summaries[position] & needle.summary == needle.summary else { return false }
        let start = position == 0 ? 0 : Int(ends[position - 1])
        return Self.find(needle.bytes, in: text[start..<Int(ends[position])])
    }

    /// Whether `needle` occurs in `haystack`: `memchr` finds each candidate first byte, `memcmp` checks the rest.
    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard var start = hay.baseAddress, let pattern = pin.baseAddress else { return false }
                let end = start + hay.count
                let rest = pin.count - 1
                while end - start > rest {
                    guard let hit = memchr(start, Int32(first), end - start - rest) else { return false }
                    let candidate = hit.assumingMemoryBound(to: UInt8.self)
                    if rest == 0 || memcmp(candidate + 1, pattern + 1, rest) == 0 { return true }
                    start = UnsafePointer(candidate + 1)
                }
                return false
            }
        }
    }

    /// Appends a zero byte and the field in lower case; ASCII is folded in place, anything
    /// else goes through `lowercased()`.
    private static func fold(_ field: String, into text: inout [UInt8], summary: inout UInt64) {
        text.append(0)
        let ascii = field.utf8.allSatisfy { $0 < 0x80 }
        for var byte in (ascii ? field : field.lowercased()).utf8 {
            if ascii, byte >= 0x41, byte <= 0x5A { byte += 0x20 }
            text.append(byte)
            summary |= bit(byte)
        }
    }

    /// Letters and digits get a bit each; every other byte shares the remaining 28.
    private static func bit(_ byte: UInt8) -> UInt64 {
        switch byte {
        case 0x61...0x7A: 1 << UInt64(byte - 0x61)
        case 0x30...0x39: 1 << UInt64(26 + byte - 0x30)
        default: 1 << UInt64(36 + byte % 28)
        }
    }
}
