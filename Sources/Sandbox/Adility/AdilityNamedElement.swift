/// A record that appears in Adility lists: `elementName` names each XML child element
/// (`item`, `voucher`, `offer`, `order`).
protocol AdilityNamedElement: Sendable {
    static var elementName: String { get }
}
