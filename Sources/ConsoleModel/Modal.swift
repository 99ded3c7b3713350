/// The one dialog or overlay in front of the panes, if any; it takes every key.
public enum Modal: Sendable, Equatable {
    case help(scroll: Int)
    /// An order's details; `column` is how far its raw payload is scrolled right (the
    /// payload's lines are never wrapped, so JSON keeps its shape).
    case detail(orderID: String, scroll: Int, column: Int = 0)
    case confirm(Confirmation)
    case picker(Picker)
    case quantity(QuantityPrompt)
    case text(TextPrompt)
    /// A provider's fields to fill in: order fields, characteristics, a line's form, an
    /// operation's values.
    case form(FieldForm)
    /// A line form of free keys and values (an account whose provider publishes no form).
    case keyValues(KeyValueForm)
    /// The `:` command line or the `/` filter, typed in the status bar.
    case input(InputLine)
    /// The event log: every API call this console made.
    case log(scroll: Int)
    /// The session's messages (`:messages`, `m`), with the one `y` copies selected.
    case messages(selected: Int)

    /// The same view scrolled no further than `extent`: what G and End reach, and where a
    /// view stays when the screen grows.
    func scrolled(within extent: ViewExtent) -> Modal {
        switch self {
        case .help(let scroll): .help(scroll: min(scroll, extent.bottom))
        case .log(let scroll): .log(scroll: min(scroll, extent.bottom))
        case .detail(let orderID, let scroll, let column):
            .detail(orderID: orderID, scroll: min(scroll, extent.bottom), column: min(column, extent.right))
        default: self
        }
    }
}
