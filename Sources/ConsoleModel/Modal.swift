/// The one dialog or overlay in front of the panes, if any; it takes every key.
public enum Modal: Sendable, Equatable {
    case help(scroll: Int)
    case detail(orderID: String, scroll: Int)
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
}
