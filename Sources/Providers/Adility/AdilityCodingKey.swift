/// A coding key chosen at run time: the root wrapper (`order`, `offers`, `error`) and the
/// XML element name of list entries.
struct AdilityCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
