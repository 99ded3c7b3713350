/// One key and value of a free line form (a form template): the key as the request names
/// it, a dot between nested keys (`ChargePeriod.offerId`), and the value as the user typed
/// it, whose spelling says its type (`FormLiteral`).
public struct FormEntry: Sendable, Codable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
