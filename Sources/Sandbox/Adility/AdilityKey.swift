/// A coding key chosen at run time: root wrappers (`order`, `offers`, `error`) and XML
/// list element names.
struct AdilityKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
