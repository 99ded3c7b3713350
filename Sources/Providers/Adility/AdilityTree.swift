import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OrderKit
import PayloadText

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
            if ReadablePayload.nestsTooDeep(data) {
                throw OrderError.malformedResponse(detail: "\(what): nested too deep to be an answer")
            }
            guard let value = JSONValue.parse(data) else {
                throw OrderError.malformedResponse(detail: "\(what): not JSON")
            }
            return value
        case .xml:
            if let problem = XMLPreflight.problem(in: data) {
                throw OrderError.malformedResponse(detail: "\(what): not XML the provider sends (\(problem))")
            }
            let builder = Builder()
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

    /// Builds the tree while the parser walks the document.
    private final class Builder: NSObject, XMLParserDelegate {
        struct Node {
            var name: String
            var isNil = false
            var text = ""
            var children: [(name: String, value: JSONValue)] = []

            var value: JSONValue {
                if isNil { return .null }
                guard !children.isEmpty else {
                    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    return trimmed.isEmpty ? .null : .string(trimmed)
                }
                let names = Set(children.map { $0.name })
                if names.count == 1, name == names.first! + "s" { return .array(children.map { $0.value }) }
                let grouped = Dictionary(grouping: children) { $0.name }
                return .object(grouped.mapValues { $0.count == 1 ? $0[0].value : .array($0.map { $0.value }) })
            }
        }

        private var stack: [Node] = []
        private(set) var root: (name: String, value: JSONValue)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(Node(name: elementName, isNil: attributes["nil"] == "true"))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty {
                root = (node.name, node.value)
            } else {
                stack[stack.count - 1].children.append((node.name, node.value))
            }
        }
    }
}
