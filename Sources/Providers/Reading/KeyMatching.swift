/// How a reader finds a field's key in an answer.
public enum KeyMatching: Sendable {
    /// As the reference spells it (Adobe, MPT and Adility publish their casing).
    case exact
    /// In any casing: `OrderId`, `orderId` and `orderID` are one key. For providers on
    /// platforms that publish no response casing (Appxite, white-label).
    case anyCase
}
