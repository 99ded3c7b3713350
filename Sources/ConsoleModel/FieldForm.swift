import OrderKit

/// The one form widget: every provider's fields edited the same way, with the wire key of
/// each shown beside it.
///
/// It holds the fields as the provider sent them and the user's unsaved values apart, so a
/// background refresh or a late answer never overwrites what is being typed, and Esc leaves
/// without anything sent.
public struct FieldForm: Sendable, Equatable {
    /// What the form is for, which decides where its values go.
    public enum Purpose: Sendable, Equatable {
        /// Whitelabel custom fields, MPT ordering parameters.
        case orderFields(orderID: String)
        /// Whitelabel item characteristics.
        case characteristics(orderID: String, itemID: String)
        /// A new cart line of an offer whose provider asks for more than a quantity.
        case newLine(cartID: String, offer: Offer)
        /// A line already in a local cart: its quantity and form values, changed in place
        /// before anything is sent (Appxite's `update` of a cart item, done locally).
        case cartLine(cartID: String, lineID: String, offer: Offer)
        /// A provider operation's fields (Adobe return quantities, MPT notes, …).
        case operation(orderID: String, OrderOperation)

        /// The order or cart the form is about.
        public var orderID: String {
            switch self {
            case .orderFields(let orderID), .characteristics(let orderID, _), .operation(let orderID, _): orderID
            case .newLine(let cartID, _), .cartLine(let cartID, _, _): cartID
            }
        }
    }

    /// What a key did to the form.
    public enum Outcome: Sendable, Equatable {
        case editing
        case cancelled
        /// Every value passed its field's checks: the form's values may be sent.
        case submitted
    }

    public static let maximumLength = 200

    public var purpose: Purpose
    public var title: String
    /// Lines above the fields on what the form does.
    public var notes: [String]
    /// Lines above the fields in the warning colour: what cannot be undone.
    public var warnings: [String]
    /// Nil while the fields are still loading.
    public private(set) var fields: [CustomField]?
    /// The key of the field that holds a new line's quantity.
    public var quantityKey: String?
    /// Typed values by field key; fields absent here keep the provider's value.
    public private(set) var values: [String: String] = [:]
    /// Problems found before sending, by field key.
    public private(set) var problems: [String: String] = [:]
    /// The focused field's index among `visibleFields`.
    public private(set) var focus = 0
    /// The highlighted option of a focused `selections` field, which Space ticks or unticks;
    /// back to the first whenever the focus moves.
    public private(set) var option = 0
    /// The cursor in the focused text, number or date field; nil puts it after the value's
    /// end, as whenever the focus moves.
    public private(set) var cursor: Int?
    /// Sent and waiting for the provider's answer: keys are ignored meanwhile.
    public var sending = false

    public init(purpose: Purpose, title: String, notes: [String] = [], warnings: [String] = [],
                fields: [CustomField]? = nil) {
        self.purpose = purpose
        self.title = title
        self.notes = notes
        self.warnings = warnings
        self.fields = fields
    }

    /// The fields the user sees; hidden ones are kept and sent back but never shown.
    public var visibleFields: [CustomField] { (fields ?? []).filter { !$0.hidden } }

    public var focusedField: CustomField? {
        let visible = visibleFields
        return visible.indices.contains(focus) ? visible[focus] : nil
    }

    /// The value shown for a field: the user's if typed, else the provider's.
    public func value(of field: CustomField) -> String {
        values[field.key] ?? field.value
    }

    /// What to show under a field: the local check first, then the provider's complaint
    /// until the user changes the value.
    public func problem(of field: CustomField) -> String? {
        problems[field.key] ?? (values[field.key] == nil ? field.error : nil)
    }

    /// Every field with the values as they stand.
    public var filled: [CustomField] {
        (fields ?? []).map { field in
            var filled = field
            filled.value = value(of: field)
            return filled
        }
    }

    /// The unit price the chosen options set (an Appxite billing cycle), if one does.
    public var chosenUnitPrice: Money? {
        filled.lazy.compactMap { field in field.choices.first { $0.id == field.value }?.unitPrice }.first
    }

    /// A line form's quantity read by `QuantityPrompt.parse`: 1 when the form has no
    /// quantity field, nil when the typed one is not a quantity.
    public var quantity: Int? {
        guard let field = (fields ?? []).first(where: { $0.key == quantityKey }) else { return 1 }
        return QuantityPrompt.parse(value(of: field))
    }

    /// Only the fields whose value the user changed.
    public var changed: [CustomField] {
        let originals = Dictionary((fields ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return filled.filter { originals[$0.key] != $0.value }
    }

    /// What the user typed that differs from the provider's values, by field key: what Esc
    /// keeps (`KeptForms`).
    public var typedChanges: [String: String] {
        Dictionary(changed.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Puts back values typed into this form before it was left with Esc (`KeptForms`); the
    /// provider's fields, once loaded, keep those that still differ from theirs.
    public mutating func restore(_ typed: [String: String]) {
        values.merge(typed) { _, kept in kept }
    }

    /// Takes the provider's fields (first load, or its answer after a save) and keeps every
    /// value the user typed that the provider did not just accept.
    public mutating func load(_ fields: [CustomField]) {
        let accepted = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        values = values.filter { accepted[$0.key] != $0.value && accepted[$0.key] != nil }
        problems = [:]
        self.fields = fields
        focus = min(focus, max(0, visibleFields.count - 1))
        if let first = visibleFields.firstIndex(where: { problem(of: $0) != nil }) { focus = first }
    }

    /// Applies one key: Tab/↑↓ move between fields, ←→/Space choose (in a multi-select ←→
    /// move among the options and Space ticks one), typing edits, ↵ checks every value and
    /// submits, Esc leaves.
    public mutating func handle(_ key: Key) -> Outcome {
        if key == .escape { return .cancelled }
        guard !sending, fields != nil else { return .editing }
        let count = visibleFields.count
        switch key {
        case .tab, .down:
            if count > 0 { focus = (focus + 1) % count }
            option = 0
            cursor = nil
        case .backTab, .up:
            if count > 0 { focus = (focus + count - 1) % count }
            option = 0
            cursor = nil
        case .enter:
            return checkAll() ? .submitted : .editing
        default:
            edit(key)
        }
        return .editing
    }

    /// Checks every editable value and focuses the first problem; true when there is none.
    @discardableResult
    public mutating func checkAll() -> Bool {
        problems = [:]
        for field in visibleFields where !field.readOnly {
            if let problem = check(field) { problems[field.key] = problem }
        }
        guard let first = visibleFields.firstIndex(where: { problems[$0.key] != nil }) else { return true }
        focus = first
        option = 0
        cursor = nil
        return false
    }

    /// A field's own rule first (the provider's bounds are the most precise words), then for
    /// a line's quantity the one quantity parser, which also refuses what the bounds let by.
    private func check(_ field: CustomField) -> String? {
        if let problem = field.problem(with: value(of: field)) { return problem }
        if field.key == quantityKey, QuantityPrompt.parse(value(of: field)) == nil {
            return "\(field.name) is \(QuantityPrompt.rule)."
        }
        return nil
    }

    private mutating func edit(_ key: Key) {
        guard let field = focusedField else { return }
        guard !field.readOnly else {
            problems[field.key] = "\(field.name) is read-only."
            return
        }
        let current = value(of: field)
        var next = current
        switch (field.kind, key) {
        case (.selections, _):
            guard let ticked = select(field, current, key) else { return }
            next = ticked
        case (.choice, .left), (.choice, .right), (.choice, .char(" ")):
            next = Self.step(field, from: current, by: key == .left ? -1 : 1)
        case (.choice, .char(let character)):
            next = Self.choice(of: field, startingWith: character, after: current) ?? current
        case (.boolean, .left), (.boolean, .right), (.boolean, .char(" ")):
            next = current == "true" ? "false" : "true"
        case (.boolean, .char("t")), (.boolean, .char("y")):
            next = "true"
        case (.boolean, .char("f")), (.boolean, .char("n")):
            next = "false"
        case (.number, .char(let character)) where current == "0" && character.isNumber:
            next = String(character)
            cursor = nil
        case (.text, _), (.number, _), (.date, _):
            var line = EditableText(current, cursor: cursor)
            switch line.apply(key, accepts: Self.accepts(field.kind), limit: Self.maximumLength) {
            case .changed:
                next = line.text
                cursor = line.cursor
            case .moved:
                cursor = line.cursor
                return
            case .notEditing:
                guard case .char = key, field.kind != .text else { return }
                problems[field.key] = field.kind == .number ? "\(field.name) takes a number." : "\(field.name) is a date: YYYY-MM-DD."
                return
            }
        default:
            return
        }
        guard next.count <= Self.maximumLength else { return }
        values[field.key] = next
        problems[field.key] = nil
    }

    /// A `selections` field's keys: ←→ move the highlight, a letter jumps it to the next
    /// option with that initial, Space ticks or unticks it. Answers the new value, or nil when
    /// only the highlight moved. Ticked options keep the choices' order; an id the provider
    /// sent that is no choice is kept (its check names it) rather than silently dropped.
    private mutating func select(_ field: CustomField, _ current: String, _ key: Key) -> String? {
        let count = field.choices.count
        guard count > 0 else { return nil }
        switch key {
        case .left, .right:
            option = ((option + (key == .left ? -1 : 1)) % count + count) % count
        case .char(" "):
            let chosen = CustomField.selections(in: current)
            let toggled = field.choices[min(option, count - 1)].id
            let ticked = field.choices.map(\.id).filter { $0 == toggled ? !chosen.contains($0) : chosen.contains($0) }
            return CustomField.text(of: ticked + chosen.filter { id in !field.choices.contains { $0.id == id } })
        case .char(let character):
            let ordered = Array(field.choices.indices.dropFirst(option + 1)) + Array(field.choices.indices.prefix(option + 1))
            option = ordered.first { field.choices[$0].label.lowercased().hasPrefix(character.lowercased()) } ?? option
        default:
            break
        }
        return nil
    }

    /// The characters a field of `kind` takes as typed.
    private static func accepts(_ kind: CustomField.Kind) -> (Character) -> Bool {
        switch kind {
        case .number: { $0.isNumber || $0 == "." || $0 == "-" }
        case .date: { $0.isNumber || $0 == "-" }
        default: { _ in true }
        }
    }

    private static func step(_ field: CustomField, from value: String, by delta: Int) -> String {
        guard !field.choices.isEmpty else { return value }
        let index = field.choices.firstIndex { $0.id == value } ?? (delta > 0 ? -1 : 0)
        let count = field.choices.count
        return field.choices[((index + delta) % count + count) % count].id
    }

    /// Typing a letter jumps to the next choice whose label starts with it.
    private static func choice(of field: CustomField, startingWith character: Character, after value: String) -> String? {
        let start = (field.choices.firstIndex { $0.id == value } ?? -1) + 1
        let ordered = field.choices[start...] + field.choices[..<start]
        return ordered.first { $0.label.lowercased().hasPrefix(character.lowercased()) }?.id
    }
}
