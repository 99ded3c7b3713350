/// The form one cart line of an offer asks for (Appxite's form data, Adobe's per-line
/// deployment and discount codes), quantity included.
///
/// The console fills it in when an item is added; the values other than the quantity go
/// into `CartLine.parameters` under their wire keys.
public struct LineForm: Sendable, Codable, Hashable {
    /// The key of the field that holds the quantity (`quantityBox1` for Appxite).
    public var quantityKey: String
    public var fields: [CustomField]

    /// What a line of a provider without a form is: a quantity.
    public static let quantityOnly = LineForm(quantityKey: "quantity", fields: [
        CustomField(name: "Quantity", value: "1", kind: .number, key: "quantity", required: true, minimum: 1, maximum: 100_000),
    ])

    public init(quantityKey: String, fields: [CustomField]) {
        self.quantityKey = quantityKey
        self.fields = fields
    }
}
