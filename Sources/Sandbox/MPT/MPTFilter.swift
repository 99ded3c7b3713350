import Foundation

/// An RQL filter as the reference's RQL guide documents it: comparisons (`eq`, `ne`, `gt`,
/// `ge`, `lt`, `le`), lists (`in`, `out`), patterns (`like`, `ilike` with `*`) and the logic
/// that joins them (`and`, `or`, `not`).
///
/// Values compare as dates when both sides are ISO 8601 times (`audit.created.at` against
/// `'2026-01-01T00:00:00.000Z'`, whatever the precision or offset), as numbers when both are
/// numbers, and as text otherwise; a field the object lacks matches only `ne` and `out`.
indirect enum MPTFilter: Sendable, Equatable {
    enum Comparison: String, Sendable, CaseIterable {
        case eq, ne, gt, ge, lt, le
    }

    case compare(field: String, Comparison, value: String)
    case member(field: String, values: [String], negated: Bool)
    case pattern(field: String, pattern: String, caseSensitive: Bool)
    case all([MPTFilter])
    case any([MPTFilter])
    case not(MPTFilter)

    /// The fields the filter reads.
    var fields: [String] {
        switch self {
        case .compare(let field, _, _), .member(let field, _, _), .pattern(let field, _, _): [field]
        case .all(let filters), .any(let filters): filters.flatMap(\.fields)
        case .not(let filter): filter.fields
        }
    }

    /// Whether an object whose fields `value` reads passes the filter.
    func matches(_ value: (String) -> String?) -> Bool {
        switch self {
        case .compare(let field, let comparison, let expected):
            guard let actual = value(field) else { return comparison == .ne }
            let order = Self.order(actual, expected)
            switch comparison {
            case .eq: return order == .orderedSame
            case .ne: return order != .orderedSame
            case .gt: return order == .orderedDescending
            case .ge: return order != .orderedAscending
            case .lt: return order == .orderedAscending
            case .le: return order != .orderedDescending
            }
        case .member(let field, let values, let negated):
            guard let actual = value(field) else { return negated }
            return values.contains { Self.order(actual, $0) == .orderedSame } != negated
        case .pattern(let field, let pattern, let caseSensitive):
            guard let actual = value(field) else { return false }
            return Self.wildcard(pattern, matches: actual, caseSensitive: caseSensitive)
        case .all(let filters):
            return filters.allSatisfy { $0.matches(value) }
        case .any(let filters):
            return filters.contains { $0.matches(value) }
        case .not(let filter):
            return !filter.matches(value)
        }
    }

    /// How two field values order: as dates, as numbers, else as text. Two times written
    /// alike (same length, both UTC) order as text, which is cheap: lists sort on them.
    static func order(_ left: String, _ right: String) -> ComparisonResult {
        if isTime(left), isTime(right), !(left.utf8.count == right.utf8.count && left.hasSuffix("Z") && right.hasSuffix("Z")),
           let a = date(left), let b = date(right) {
            return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        }
        if isNumber(left), isNumber(right), let a = Decimal(string: left), let b = Decimal(string: right) {
            return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        }
        return left == right ? .orderedSame : (left < right ? .orderedAscending : .orderedDescending)
    }

    private static func isTime(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count >= 20 && bytes[bytes.index(bytes.startIndex, offsetBy: 10)] == UInt8(ascii: "T")
    }

    private static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// An ISO 8601 time with or without fractional seconds, in UTC (`Z`) or with an offset.
    private static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// `*` stands for any run of characters; everything else must match as written.
    private static func wildcard(_ pattern: String, matches text: String, caseSensitive: Bool) -> Bool {
        let pattern = caseSensitive ? pattern : pattern.lowercased()
        var rest = Substring(caseSensitive ? text : text.lowercased())
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 {
                return piece.isEmpty || rest.hasSuffix(piece)
            } else if let found = rest.range(of: piece) {
                rest = rest[found.upperBound...]
            } else {
                return false
            }
        }
        return rest.isEmpty
    }
}
