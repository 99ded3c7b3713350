import Foundation

/// One JSON object read field by field, as a tolerant reader must read real answers.
///
/// Every accessor answers nil for a field that is absent or `null` (references show both),
/// accepts the spellings real services send (a number as text, an id as a number), and
/// when a field is there but cannot be read as asked, answers nil and records the field
/// and the reason in `degraded`, so the order is shown with that field unknown instead of
/// not at all. Nested objects are read through `nested`, which names their fields by path.
public struct TolerantObject: Sendable {
    public let fields: [String: JSONValue]
    public let matching: KeyMatching
    /// Where this object sits in the answer ("" at the top, "agreement." below it).
    public let path: String
    /// Fields that were present but unreadable, by path, with the reason.
    public private(set) var degraded: [String: String] = [:]
    private let folded: [String: JSONValue]

    public init?(_ value: JSONValue, matching: KeyMatching, path: String = "") {
        guard case .object(let fields) = value else { return nil }
        self.init(fields: fields, matching: matching, path: path)
    }

    public init(fields: [String: JSONValue], matching: KeyMatching, path: String = "") {
        self.fields = fields
        self.matching = matching
        self.path = path
        var folded: [String: JSONValue] = [:]
        if matching == .anyCase {
            for (key, value) in fields { folded[key.lowercased()] = folded[key.lowercased()] ?? value }
        }
        self.folded = folded
    }

    /// The value under `key`, nil when absent or `null`.
    public func value(_ key: String) -> JSONValue? {
        let found = switch matching {
        case .exact: fields[key]
        case .anyCase: fields[key] ?? folded[key.lowercased()]
        }
        if case .null = found { return nil }
        return found
    }

    /// True when the answer has the key at all, even as `null`.
    public func has(_ key: String) -> Bool {
        switch matching {
        case .exact: fields[key] != nil
        case .anyCase: fields[key] != nil || folded[key.lowercased()] != nil
        }
    }

    /// Records that `key` could not be read; the first reason for a field wins.
    public mutating func degrade(_ key: String, _ reason: String) {
        let name = path + key
        if degraded[name] == nil { degraded[name] = reason }
    }

    /// Text; a number or a flag is taken as its text.
    public mutating func string(_ key: String) -> String? {
        switch value(key) {
        case nil: return nil
        case .string(let text)?: return text
        case .number(let number)?: return "\(number)"
        case .bool(let flag)?: return flag ? "true" : "false"
        case let other?:
            degrade(key, "expected text, got \(other.kindName)")
            return nil
        }
    }

    /// An identifier: text, or a whole number (ids arrive as both).
    public mutating func id(_ key: String) -> String? {
        switch value(key) {
        case nil: return nil
        case .string(let text)?:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { degrade(key, "empty") }
            return trimmed.isEmpty ? nil : trimmed
        case .number(let number)? where Self.isWhole(number): return "\(number)"
        case let other?:
            degrade(key, "expected an id, got \(other.kindName)")
            return nil
        }
    }

    /// A decimal amount: a number, or text holding one (`"12.50"`).
    public mutating func decimal(_ key: String) -> Decimal? {
        switch value(key) {
        case nil: return nil
        case .number(let number)?: return number
        case .string(let text)?:
            if let number = Self.decimal(text) { return number }
            degrade(key, "not a number: \(Self.excerpt(text))")
            return nil
        case let other?:
            degrade(key, "expected a number, got \(other.kindName)")
            return nil
        }
    }

    /// A whole number: a number without fraction, or text holding one (`"3"`).
    public mutating func int(_ key: String) -> Int? {
        let reasonsBefore = degraded.count
        guard let number = decimal(key) else { return nil }
        guard Self.isWhole(number), let whole = Int(exactly: NSDecimalNumber(decimal: number).int64Value),
              Decimal(whole) == number else {
            if degraded.count == reasonsBefore { degrade(key, "not a whole number: \(number)") }
            return nil
        }
        return whole
    }

    /// A flag: `true`/`false`, the same as text in any case, or 0 and 1.
    public mutating func bool(_ key: String) -> Bool? {
        switch value(key) {
        case nil: return nil
        case .bool(let flag)?: return flag
        case .string(let text)? where ["true", "false"].contains(text.lowercased()): return text.lowercased() == "true"
        case .number(let number)? where number == 0 || number == 1: return number == 1
        case let other?:
            degrade(key, "expected true or false, got \(other.kindName)")
            return nil
        }
    }

    /// A date and time as providers send them (`FlexibleDate`).
    public mutating func date(_ key: String) -> Date? {
        switch value(key) {
        case nil: return nil
        case .string(let text)?:
            if let date = FlexibleDate.parse(text) { return date }
            degrade(key, "not a date: \(Self.excerpt(text))")
            return nil
        case let other?:
            degrade(key, "expected a date, got \(other.kindName)")
            return nil
        }
    }

    /// A list; a single value where a list was expected is read as a list of one (XML and
    /// some JSON encoders collapse one-element lists).
    public mutating func array(_ key: String) -> [JSONValue]? {
        switch value(key) {
        case nil: return nil
        case .array(let values)?: return values
        case .object(let fields)?: return [.object(fields)]
        case let other?:
            degrade(key, "expected a list, got \(other.kindName)")
            return nil
        }
    }

    /// Reads the object under `key` with `read`; its unreadable fields are recorded here
    /// under `key.`, so one bad nested field degrades that field only.
    public mutating func nested<T>(_ key: String, _ read: (inout TolerantObject) -> T?) -> T? {
        guard let value = value(key) else { return nil }
        guard var child = TolerantObject(value, matching: matching, path: path + key + ".") else {
            degrade(key, "expected an object, got \(value.kindName)")
            return nil
        }
        let result = read(&child)
        for (name, reason) in child.degraded where degraded[name] == nil { degraded[name] = reason }
        return result
    }

    /// Reads each element of the list under `key` with `read`; an element that is not an
    /// object, or that `read` gives up on, is left out and recorded as `key[i]`.
    public mutating func each<T>(_ key: String, _ read: (inout TolerantObject) -> T?) -> [T] {
        guard let values = array(key) else { return [] }
        var results: [T] = []
        for (index, value) in values.enumerated() {
            let elementPath = "\(path)\(key)[\(index)]"
            guard var child = TolerantObject(value, matching: matching, path: elementPath + ".") else {
                if degraded[elementPath] == nil { degraded[elementPath] = "expected an object, got \(value.kindName)" }
                continue
            }
            if let result = read(&child) {
                results.append(result)
            } else if degraded[elementPath] == nil {
                degraded[elementPath] = "unreadable"
            }
            for (name, reason) in child.degraded where degraded[name] == nil { degraded[name] = reason }
        }
        return results
    }

    private static func isWhole(_ number: Decimal) -> Bool {
        var value = number
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == number
    }

    private static func decimal(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else {
            return nil
        }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }

    private static func excerpt(_ text: String) -> String {
        text.count > 24 ? "\"\(text.prefix(24))…\"" : "\"\(text)\""
    }
}
