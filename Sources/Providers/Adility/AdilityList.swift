/// A list inside an Adility body: a plain array in JSON, repeated child elements in XML,
/// as the document prints both (`"items": [...]`, `<items><item>…</item></items>`).
/// An empty XML list (`<items/>`) reads as no elements.
struct AdilityList<Element: AdilityListElement> {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    private static func isXML(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        userInfo[AdilityFormat.userInfoKey] as? AdilityFormat == .xml
    }
}

extension AdilityList: Decodable where Element: Decodable {
    init(from decoder: any Decoder) throws {
        if Self.isXML(decoder.userInfo) {
            let container = try decoder.container(keyedBy: AdilityCodingKey.self)
            elements = try container.decodeIfPresent([Element].self, forKey: AdilityCodingKey(Element.elementName)) ?? []
        } else {
            elements = try decoder.singleValueContainer().decode([Element].self)
        }
    }
}

extension AdilityList: Encodable where Element: Encodable {
    func encode(to encoder: any Encoder) throws {
        if Self.isXML(encoder.userInfo) {
            var container = encoder.container(keyedBy: AdilityCodingKey.self)
            try container.encode(elements, forKey: AdilityCodingKey(Element.elementName))
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(elements)
        }
    }
}
