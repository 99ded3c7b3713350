import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Builds `AdilityTree`'s value of an XML document while the parser walks it: the root
/// element's name and value, by the rules `AdilityTree` describes.
final class AdilityTreeBuilder: NSObject, XMLParserDelegate {
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
