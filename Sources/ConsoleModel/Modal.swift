/// The one dialog or overlay in front of the panes, if any; it takes every key.
public enum Modal: Sendable, Equatable {
    case help(scroll: Int)
    case detail(orderID: String, scroll: Int)
    case confirm(Confirmation)
    case picker(Picker)
    case quantity(QuantityPrompt)
    case text(TextPrompt)
}
