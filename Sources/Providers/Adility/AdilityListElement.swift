/// A wire record that appears in Adility lists; `elementName` names each XML child
/// element (`<items><item>…</item></items>`).
protocol AdilityListElement {
    static var elementName: String { get }
}
