import OrderKit

/// A paste is text for the field being typed in, never a run of commands.
extension ConsoleReducer {
    /// Types `text` into the line, prompt or form field that takes typing, one character at a
    /// time as the keyboard would, with line breaks and tabs as spaces: a pasted newline never
    /// submits. Anywhere else the paste is ignored: pasted into the panes, a `q` would quit.
    static func pasted(_ state: inout ConsoleState, _ text: String) -> [Effect] {
        var effects: [Effect] = []
        for character in text {
            guard takesTyping(state.dialog.modal) else { break }
            effects += handleKey(&state, .char(character.isNewline || character == "\t" ? " " : character))
        }
        return effects
    }

    private static func takesTyping(_ modal: Modal?) -> Bool {
        switch modal {
        case .input, .text, .quantity: true
        case .form(let form): [.text, .number, .date].contains(form.focusedField?.kind)
        default: false
        }
    }
}
