import Foundation

/// Whether a URL's host is this machine, decided by its address and never by how the text
/// starts: plain http (credentials in clear) is allowed only there. `127.evil.example` and
/// `localhost.evil.example` are names anyone can point anywhere, and the other spellings of
/// 127.0.0.1 (`127.1`, `0177.0.0.1`, `2130706433`, `0x7f.0.0.1`, `::ffff:127.0.0.1`) are read
/// differently by different resolvers, so only the canonical forms pass.
enum PlainHTTPHost: Equatable {
    /// `localhost` (any case, one trailing dot allowed), a canonical dotted quad in
    /// 127.0.0.0/8, or `::1`.
    case loopback
    /// Another spelling of a loopback address: refused, asking for `127.0.0.1`.
    case ambiguousLoopback
    case elsewhere

    /// `host` as `URL.host` gives it: after any `user@`, with or without IPv6 brackets.
    init(_ host: String) {
        var bare = host.lowercased()
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
        if bare == "localhost" || bare == "localhost." || bare == "::1" {
            self = .loopback
        } else if let octets = Self.canonicalQuad(bare) {
            self = octets[0] == 127 ? .loopback : .elsewhere
        } else if Self.numericIPv4(bare)?.first == 127 || Self.mappedIPv4(bare)?.first == 127 {
            self = .ambiguousLoopback
        } else {
            self = .elsewhere
        }
    }

    /// Four decimal octets, each 0–255 without leading zeros: the only form read alike everywhere.
    private static func canonicalQuad(_ text: String) -> [Int]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let octets = parts.compactMap { part -> Int? in
            guard !part.isEmpty, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                  part == "0" || !part.hasPrefix("0"), let value = Int(part), value <= 255 else { return nil }
            return value
        }
        return octets.count == 4 ? octets : nil
    }

    /// The address `inet_aton` reads from one to four decimal, octal (`0…`) or hex (`0x…`)
    /// parts, the last part filling the remaining bytes: what `127.1` or `2130706433` mean
    /// to the C library.
    private static func numericIPv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var values: [UInt64] = []
        for part in parts {
            let lower = part.lowercased()
            let value: UInt64? = if lower.hasPrefix("0x") { UInt64(lower.dropFirst(2), radix: 16) }
                else if lower.count > 1, lower.hasPrefix("0") { UInt64(lower.dropFirst(), radix: 8) }
                else { UInt64(lower, radix: 10) }
            guard let value else { return nil }
            values.append(value)
        }
        let lastBytes = 5 - values.count
        guard values.dropLast().allSatisfy({ $0 <= 255 }), values.last! < (UInt64(1) << (8 * UInt64(lastBytes))) else {
            return nil
        }
        var address: UInt64 = 0
        for value in values.dropLast() { address = address << 8 | value }
        address = address << (8 * UInt64(lastBytes)) | values.last!
        return (0..<4).reversed().map { UInt8(truncatingIfNeeded: address >> (8 * UInt64($0))) }
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 literal (`::ffff:127.0.0.1`).
    private static func mappedIPv4(_ text: String) -> [UInt8]? {
        guard text.hasPrefix("::ffff:") else { return nil }
        return numericIPv4(String(text.dropFirst("::ffff:".count)))
    }
}
