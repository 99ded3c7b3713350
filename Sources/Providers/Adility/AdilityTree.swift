import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OrderKit

/// An Adility answer in either format as one `JSONValue` tree, so that one tolerant reader
/// reads JSON and XML alike, field by field.
///
/// JSON is taken as it is (`{"order": {…}}`). An XML document becomes the same shape: the
/// root element's name is the top key, an element with children an object, an element
/// with text its text (numbers stay text: the reader accepts both), an empty element or one
/// marked `nil="true"` null, and a list element whose children all carry its singular name
/// (`<items><item/>…</items>`, `<vouchers>`, `<orders>`, `<offers>`) a list.
enum AdilityTree {
    static func value(of data: Data, as format: AdilityFormat, what: String) throws -> JSONValue {
        switch format {
        case .json:
            return try JSONValue.read(data, what: what)
        case .xml:
            if let problem = XMLPreflight.problem(in: data) {
                throw OrderError.malformedResponse(detail: "\(what): not XML the provider sends (\(problem))")
            }
            let builder = AdilityTreeBuilder()
            let parser = XMLParser(data: data)
            parser.delegate = builder
            guard parser.parse(), let root = builder.root else {
                throw OrderError.malformedResponse(detail: "\(what): not XML")
            }
            return .object([root.name: root.value])
        }
    }

    /// The object under the answer's root key (`order`, `offer`), read with exact keys.
    static func root(_ key: String, of data: Data, as format: AdilityFormat, what: String) throws -> TolerantObject {
        let tree = try value(of: data, as: format, what: what)
        guard case .object(let top) = tree, let inner = top[key] else {
            throw OrderError.malformedResponse(detail: "\(what): no \(key) in the answer")
        }
        guard let object = TolerantObject(inner, matching: .exact) else {
            throw OrderError.malformedResponse(detail: "\(what): \(key) is \(inner.kindName), not an object")
        }
        return object
    }

    /// The list under the answer's root key (`orders`, `offers`); an absent or empty one is
    /// no elements, one element alone (collapsed by some encoders) a list of one.
    static func list(_ key: String, of data: Data, as format: AdilityFormat, what: String) throws -> [JSONValue] {
        let tree = try value(of: data, as: format, what: what)
        guard case .object(let top) = tree, top.keys.contains(key) else {
            throw OrderError.malformedResponse(detail: "\(what): no \(key) list in the answer")
        }
        switch top[key] {
        case .array(let list)?: return list
        case .object(let single)?: return [.object(single)]
        case .null?, nil: return []
        case let other?: throw OrderError.malformedResponse(detail: "\(what): \(key) is \(other.kindName), not a list")
        }
    }
}
