import ConsoleModel
import OrderKit

/// Draws the form widget: one row per field with its label, value and wire key, and under
/// it the field's problem (warning colour) or hint.
@MainActor
struct FormRenderer {
    let theme: Theme

    /// The rows a box `width` wide needs to show the whole form: borders, the wrapped notes
    /// and a blank line, two rows a field (its hint or problem below), and the footer.
    static func height(of form: FieldForm, width: Int) -> Int {
        let noteRows = noteLines(form, width: width - 4).count
        let fieldRows = max(form.visibleFields.count * 2, fieldLines(form, width: width - 4).count)
        return noteRows + (noteRows > 0 ? 1 : 0) + max(2, fieldRows) + 4
    }

    private static func noteLines(_ form: FieldForm, width: Int) -> [(text: String, role: ThemeRole)] {
        form.notes.flatMap { TextFit.wrap($0, width) }.map { ($0, ThemeRole.modal) }
            + form.warnings.flatMap { TextFit.wrap($0, width) }.map { ($0, ThemeRole.warning) }
    }

    func draw(_ form: FieldForm, in frame: PaneFrame, on screen: any Screen) {
        BoxRenderer(theme: theme).draw(frame, title: form.title, focused: true, on: screen, fill: .modal)
        let width = frame.innerWidth - 2
        var row = frame.row + 1
        let bottom = frame.row + frame.height - 2
        let notes = Self.noteLines(form, width: width)
        for note in notes where row < bottom {
            put(note.text, row: &row, frame, role: note.role)
        }
        if !notes.isEmpty { row += 1 }
        guard form.fields != nil else {
            screen.put(row: row, column: frame.column + 2, "Loading the form…", style: theme[.modal])
            footer(form, frame, on: screen)
            return
        }
        let lines = Self.fieldLines(form, width: width)
        let room = max(1, bottom - row)
        let focusLine = lines.firstIndex { $0.fieldIndex == form.focus && $0.isField } ?? 0
        let start = max(0, min(focusLine - room / 2, lines.count - room))
        for line in lines.dropFirst(start).prefix(room) {
            screen.put(row: row, column: frame.column + 1, TextFit.pad(" " + line.text, frame.innerWidth),
                       style: theme[line.role])
            row += 1
        }
        footer(form, frame, on: screen)

        func put(_ text: String, row: inout Int, _ frame: PaneFrame, role: ThemeRole) {
            screen.put(row: row, column: frame.column + 2, TextFit.cut(text, width), style: theme[role])
            row += 1
        }
    }

    private struct Line {
        var text: String
        var role: ThemeRole
        var fieldIndex: Int
        var isField: Bool
    }

    private static func fieldLines(_ form: FieldForm, width: Int) -> [Line] {
        let fields = form.visibleFields
        guard !fields.isEmpty else { return [Line(text: "No fields.", role: .modal, fieldIndex: 0, isField: true)] }
        // Labels and keys as wide as the widest, in cells, while the value keeps 14 cells;
        // the value has the rest.
        let keyWidth = min(32, fields.map { DisplayWidth.of($0.key) }.max() ?? 0)
        let labelWidth = max(16, min(fields.map { DisplayWidth.of($0.name) + 5 }.max() ?? 0, width - keyWidth - 18))
        let valueWidth = max(14, width - labelWidth - keyWidth - 4)
        var lines: [Line] = []
        for (index, field) in fields.enumerated() {
            let focused = index == form.focus
            let marker = focused ? "▸ " : "  "
            let label = TextFit.pad(TextFit.cut(field.name + (field.required ? " *" : ""), labelWidth - 3), labelWidth - 2)
            let value = TextFit.pad(Self.valueText(field, form.value(of: field), focused: focused, option: form.option,
                                                   cursor: form.cursor, width: valueWidth),
                                    valueWidth)
            let key = TextFit.pad(TextFit.cut(field.key, keyWidth), keyWidth)
            lines.append(Line(text: "\(marker)\(label) \(value)  \(key)",
                              role: focused ? .selected : field.readOnly ? .dim : .modal,
                              fieldIndex: index, isField: true))
            // A problem or hint is wrapped under the value, never cut: a vendor's refusal is
            // often the one thing the user must read.
            let indent = String(repeating: " ", count: labelWidth + 1)
            let below = form.problem(of: field).map { ($0, ThemeRole.warning) }
                ?? Self.note(field, form.value(of: field), valueWidth: valueWidth).map { ($0, ThemeRole.dim) }
            if let (text, role) = below {
                lines += TextFit.wrap(text, max(10, width - indent.count - 1))
                    .map { Line(text: indent + $0, role: role, fieldIndex: index, isField: false) }
            }
        }
        return lines
    }

    private static func valueText(_ field: CustomField, _ value: String, focused: Bool, option: Int, cursor: Int?,
                                  width: Int) -> String {
        switch field.kind {
        case .selections:
            let chosen = CustomField.selections(in: value)
            guard focused, !field.readOnly, !field.choices.isEmpty else {
                var shown = field
                shown.value = value
                return chosen.isEmpty ? "none" : shown.displayValue
            }
            let highlighted = field.choices[min(option, field.choices.count - 1)]
            return "‹ \(chosen.contains(highlighted.id) ? "[x]" : "[ ]") \(highlighted.label) ›"
        case .choice:
            let label = field.choices.first { $0.id == value }?.label ?? (value.isEmpty ? "choose" : value)
            return field.readOnly ? label : "‹ \(label) ›"
        case .boolean:
            return value == "true" ? "[x] yes" : "[ ] no"
        case .text, .number, .date:
            guard focused, !field.readOnly else { return value.isEmpty && !focused ? "—" : value }
            return EditableText(value, cursor: cursor).shown(width: width)
        }
    }

    /// The field's hint, its bounds and whether it may be changed, in a few words; for a
    /// multi-select, how many options are ticked and which.
    /// What is worth knowing under a field; a choice whose label its cell cuts is named whole.
    private static func note(_ field: CustomField, _ value: String, valueWidth: Int) -> String? {
        var parts: [String] = []
        if field.readOnly { parts.append("read-only") }
        if let hint = field.hint { parts.append(hint) }
        switch (field.minimum, field.maximum) {
        case (let minimum?, let maximum?): parts.append("\(number(minimum)) to \(number(maximum))")
        case (let minimum?, nil): parts.append("at least \(number(minimum))")
        case (nil, let maximum?): parts.append("at most \(number(maximum))")
        case (nil, nil): break
        }
        if field.kind == .date { parts.append("YYYY-MM-DD") }
        if field.kind == .choice, !field.readOnly { parts.append("\(field.choices.count) choices: ←→") }
        if field.kind == .choice, let label = field.choices.first(where: { $0.id == value })?.label,
           DisplayWidth.of(label) + 4 > valueWidth {
            parts.append(label)
        }
        if field.kind == .selections, !field.readOnly {
            var shown = field
            shown.value = value
            let ticked = CustomField.selections(in: value).count
            parts.append("\(ticked) of \(field.choices.count) ticked\(ticked > 0 ? ": " + shown.displayValue : "")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private func footer(_ form: FieldForm, _ frame: PaneFrame, on screen: any Screen) {
        let action = switch form.purpose {
        case .newLine: "add"
        case .operation(_, let operation): operation.previews ? "preview" : operation.confirms ? "continue" : "save"
        case .orderFields, .characteristics, .cartLine: "save"
        }
        let choose = form.focusedField?.kind == .selections ? "←→ option · Space tick" : "←→ choose"
        let text = form.sending ? "Sending… Esc leaves (the answer still arrives)"
            : "Tab ↑↓ field · \(choose) · ↵ \(action) · Esc leave unchanged"
        screen.put(row: frame.row + frame.height - 2, column: frame.column + 2, TextFit.cut(text, frame.innerWidth - 2),
                   style: theme[.dim])
    }
}
