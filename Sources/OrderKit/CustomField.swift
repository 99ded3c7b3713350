import Foundation

/// A named value the buyer may have to fill in, in whatever form a provider asks for it:
/// whitelabel custom fields and characteristics, MPT ordering parameters, an Appxite item's
/// form data, an Adobe return's quantities. The console edits every one of them in the one
/// form widget.
///
/// The value is kept as the provider's text so that nothing is lost in a round trip;
/// `kind` says how to edit it and `key` is exactly what goes on the wire, shown beside the
/// field so nobody has to sniff browser traffic for it again.
public struct CustomField: Sendable, Codable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Codable, Hashable {
        case text
        case number
        case boolean
        case date
        /// One of `choices`; the value is the chosen choice's `id`.
        case choice
        /// Any number of `choices` (MPT's Checkbox); the value is the chosen ids as a JSON
        /// list of strings (`["backup","training"]`), read and written by `selections(in:)`
        /// and `text(of:)`, so an id holding a comma survives the round trip.
        case selections
    }

    /// One option of a choice field: `id` is what is sent, `label` what the user reads.
    public struct Choice: Sendable, Codable, Hashable, Identifiable {
        public var id: String
        public var label: String
        /// What one unit costs with this choice, when the choice sets the price (a billing
        /// cycle: annual costs more per line than monthly), so a local cart shows what will be
        /// charged rather than the offer's list price.
        public var unitPrice: Money?

        public init(id: String, label: String, unitPrice: Money? = nil) {
            self.id = id
            self.label = label
            self.unitPrice = unitPrice
        }
    }

    public var id: String { key }
    /// What the provider identifies the field by on the wire (a name, a form-data key such as
    /// `quantityBox1`, or an id such as MPT's `PRM-…`).
    public var key: String
    public var name: String
    public var value: String
    public var kind: Kind
    /// The provider refuses to go on while a required value is empty.
    public var required: Bool
    public var readOnly: Bool
    /// Kept and sent back, never shown (MPT `hidden` parameters).
    public var hidden: Bool
    public var choices: [Choice]
    /// Bounds of a number field (an Adobe return cannot exceed `remainingQuantity`).
    public var minimum: Double?
    public var maximum: Double?
    /// A short note shown beside the field: a unit, what is left, the current value.
    public var hint: String?
    /// What the provider says is wrong with the value, shown next to it.
    public var error: String?

    public init(name: String, value: String, kind: Kind = .text, key: String? = nil, required: Bool = false,
                readOnly: Bool = false, hidden: Bool = false, choices: [Choice] = [], minimum: Double? = nil,
                maximum: Double? = nil, hint: String? = nil, error: String? = nil) {
        self.key = key ?? name
        self.name = name
        self.value = value
        self.kind = kind
        self.required = required
        self.readOnly = readOnly
        self.hidden = hidden
        self.choices = choices
        self.minimum = minimum
        self.maximum = maximum
        self.hint = hint
        self.error = error
    }

    /// What is wrong with `text` as this field's value, checked before anything is sent so
    /// the user fixes it in the form instead of meeting the provider's refusal.
    public func problem(with text: String) -> String? {
        if text.isEmpty { return required ? "\(name) is required." : nil }
        switch kind {
        case .text:
            return nil
        case .number:
            guard let number = Double(text), number.isFinite else { return "\(name) takes a number." }
            if let minimum, number < minimum { return "\(name) is at least \(Self.format(minimum))." }
            if let maximum, number > maximum { return "\(name) is at most \(Self.format(maximum))." }
            return nil
        case .boolean:
            return ["true", "false"].contains(text) ? nil : "\(name) is true or false."
        case .date:
            return text.wholeMatch(of: /\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/) == nil
                ? "\(name) is a date: YYYY-MM-DD." : nil
        case .choice:
            return choices.contains { $0.id == text } ? nil
                : "\(name) is one of \(choices.map(\.label).joined(separator: ", "))."
        case .selections:
            let chosen = Self.selections(in: text)
            if chosen.isEmpty, required { return "\(name) needs at least one of \(choices.map(\.label).joined(separator: ", "))." }
            guard let unknown = chosen.first(where: { id in !choices.contains { $0.id == id } }) else { return nil }
            return "\(name) has no option '\(unknown)'; choose among \(choices.map(\.label).joined(separator: ", "))."
        }
    }

    /// The chosen ids of a `selections` value: a JSON list of strings; an empty text is
    /// none chosen, and any other text is one id (a value written by hand stays readable).
    public static func selections(in text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        guard let data = text.data(using: .utf8), let list = try? JSONDecoder().decode([String].self, from: data) else {
            return [text]
        }
        return list
    }

    /// The `selections` value choosing `ids`, in the order given.
    public static func text(of ids: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(ids)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// The value as the user reads it: a choice's label rather than its id, the labels of
    /// several chosen ones joined by commas.
    public var displayValue: String {
        if kind == .selections {
            return Self.selections(in: value).map { id in choices.first { $0.id == id }?.label ?? id }.joined(separator: ", ")
        }
        guard kind == .choice, let choice = choices.first(where: { $0.id == value }) else { return value }
        return choice.label
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
