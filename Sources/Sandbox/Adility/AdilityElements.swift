/// A list inside an Adility body: a plain array in JSON, repeated child elements in XML
/// (`<items><item>…</item></items>`), as the document prints both.
struct AdilityElements<Element: AdilityNamedElement>: Sendable {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    private static func isXML(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        userInfo[AdilityMediaType.userInfoKey] as? AdilityMediaType == .xml
    }
}

extension AdilityElements: Encodable where Element: Encodable {
    func encode(to encoder: any Encoder) throws {
        if Self.isXML(encoder.userInfo) {
            var container = encoder.container(keyedBy: AdilityKey.self)
            try container.encode(elements, forKey: AdilityKey(Element.elementName))
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(elements)
        }
    }
}

extension AdilityElements: Decodable where Element: Decodable {
    init(from decoder: any Decoder) throws {
        if Self.isXML(decoder.userInfo) {
            let container = try decoder.container(keyedBy: AdilityKey.self)
            elements = try container.decodeIfPresent([Element].self, forKey: AdilityKey(Element.elementName)) ?? []
        } else {
            elements = try decoder.singleValueContainer().decode([Element].self)
        }
    }
}
