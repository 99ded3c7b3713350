import Foundation
import OrderKit

/// Reads a list answer one element at a time, so one order that cannot be read is reported
/// with its id (or its place) and never hides the others.
public enum ListElements {
    /// The elements of the list in `data`: the top-level array, or the array under the first
    /// of `keys` an envelope object has. Throws only when there is no list at all.
    public static func elements(of data: Data, keys: [String], matching: KeyMatching = .exact,
                                what: String) throws -> (list: [JSONValue], envelope: TolerantObject?) {
        let value = try JSONValue.read(data, what: what)
        if case .array(let list) = value { return (list, nil) }
        guard let envelope = TolerantObject(value, matching: matching) else {
            throw OrderError.malformedResponse(detail: "\(what): expected a list, got \(value.kindName)")
        }
        for key in keys {
            if case .array(let list)? = envelope.value(key) { return (list, envelope) }
        }
        if let key = keys.first(where: envelope.has) {
            if envelope.value(key) == nil { return ([], envelope) }
            throw OrderError.malformedResponse(detail: "\(what): \(key) is not a list")
        }
        throw OrderError.malformedResponse(detail: "\(what): no \(keys.joined(separator: " or ")) list in the answer")
    }

    /// Each element read with `read` (which throws `UnreadableEntry` for one it cannot
    /// use): the orders, and the entries that could not be read, numbered from
    /// `firstPosition`.
    public static func orders(_ elements: [JSONValue], firstPosition: Int = 1, matching: KeyMatching,
                              read: (inout TolerantObject) throws(UnreadableEntry) -> Order)
        -> (orders: [Order], unreadable: [UnreadableOrder]) {
        var orders: [Order] = []
        var unreadable: [UnreadableOrder] = []
        orders.reserveCapacity(elements.count)
        for (offset, element) in elements.enumerated() {
            let position = firstPosition + offset
            guard var object = TolerantObject(element, matching: matching) else {
                unreadable.append(UnreadableOrder(id: nil, position: position,
                                                  reason: "expected an order object, got \(element.kindName)",
                                                  raw: element.jsonText))
                continue
            }
            do {
                orders.append(try read(&object))
            } catch {
                unreadable.append(UnreadableOrder(id: error.id, position: position, reason: error.reason,
                                                  raw: element.jsonText))
            }
        }
        return (orders, unreadable)
    }
}

/// Why one list element is not an order ordercon can show: what identifies it is missing
/// or unreadable.
public struct UnreadableEntry: Error, Sendable, Hashable {
    public var id: String?
    public var reason: String

    public init(id: String? = nil, reason: String) {
        self.id = id
        self.reason = reason
    }
}
