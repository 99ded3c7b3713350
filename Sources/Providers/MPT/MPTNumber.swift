import Foundation

/// Numbers in the Marketplace's payload types as real answers send them: a number, or text
/// holding one (`"12.50"`, `"3"`), read as `TolerantObject` reads them.
enum MPTNumber {
    /// The amount under `key`; nil when absent, `null` or not a number.
    static func decimal<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) -> Decimal? {
        field(container, key).flatMap { object in
            var object = object
            return object.decimal(key.stringValue)
        }
    }

    /// The whole number under `key`; nil when absent or `null`. Anything else throws: a
    /// quantity that cannot be read is never taken for another one (lines are sent back).
    static func int<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Int? {
        guard var object = field(container, key) else { return nil }
        guard let whole = object.int(key.stringValue) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                   debugDescription: object.degraded[key.stringValue] ?? "not a whole number")
        }
        return whole
    }

    private static func field<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>,
                                              _ key: Key) -> TolerantObject? {
        guard let value = try? container.decodeIfPresent(JSONValue.self, forKey: key) else { return nil }
        return TolerantObject(fields: [key.stringValue: value], matching: .exact)
    }
}
