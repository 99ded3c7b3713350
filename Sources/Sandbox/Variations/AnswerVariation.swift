import Foundation

/// Rewrites one JSON answer the way real answers vary. Deterministic for a seed and a
/// request count, so a failing run can be repeated.
struct AnswerVariation {
    var random: SeededRandom
    let anyCase: Bool
    let list: OrderListShape?
    /// Keys sent in their other spelling in this answer (`AlternateSpellings`), by the usual one.
    var spellings: [String: String] = [:]

    /// The varied answer, or nil to keep the original (not JSON).
    mutating func vary(_ body: Data) -> Data? {
        guard let object = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else { return nil }
        var varied = vary(object, depth: 0)
        if let list { varied = spoilOne(in: varied, shape: list) }
        return try? JSONSerialization.data(withJSONObject: varied, options: [.fragmentsAllowed])
    }

    private mutating func vary(_ value: Any, depth: Int) -> Any {
        guard depth < 32 else { return value }
        if let array = value as? [Any] { return array.map { vary($0, depth: depth + 1) } }
        guard let object = value as? [String: Any] else { return value }
        var result: [String: Any] = [:]
        for (key, field) in object {
            var newValue = vary(field, depth: depth + 1)
            if type(of: field) != Bool.self, let number = field as? NSNumber, random.chance(0.3) {
                newValue = number.stringValue
            } else if field is String, !Self.identifying(key), random.chance(0.05) {
                newValue = NSNull()
            }
            let name = spellings[key] ?? key
            result[anyCase ? recase(name) : name] = newValue
        }
        return result
    }

    /// One element of the page made unreadable: its id becomes a list.
    private mutating func spoilOne(in answer: Any, shape: OrderListShape) -> Any {
        func spoiled(_ elements: [Any]) -> [Any] {
            guard !elements.isEmpty else { return elements }
            var copy = elements
            let index = Int(random.next() % UInt64(copy.count))
            guard var order = copy[index] as? [String: Any],
                  let key = order.keys.first(where: { key in shape.idKeys.contains { $0.lowercased() == key.lowercased() } })
            else { return elements }
            order[key] = [order[key] ?? NSNull()]
            copy[index] = order
            return copy
        }
        if shape.key == nil, let elements = answer as? [Any] { return spoiled(elements) }
        guard var envelope = answer as? [String: Any], let listKey = shape.key,
              let key = envelope.keys.first(where: { $0.lowercased() == listKey.lowercased() }),
              let elements = envelope[key] as? [Any] else { return answer }
        envelope[key] = spoiled(elements)
        return envelope
    }

    private mutating func recase(_ key: String) -> String {
        switch random.next() % 3 {
        case 0: key.prefix(1).lowercased() + key.dropFirst()
        case 1: key.uppercased()
        default: key
        }
    }

    private static func identifying(_ key: String) -> Bool {
        key.lowercased().hasSuffix("id") || key.lowercased() == "status"
    }
}
