import OrderKit

/// An ordering parameter of an MPT order as the console shows and edits it: the vendor's
/// error sits next to the value it is about.
public struct MPTParameter: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var externalID: String
    public var value: String
    /// How the value is edited, from the parameter's type (a list, a date, a number, …).
    public var kind: CustomField.Kind
    /// The values a list parameter allows.
    public var choices: [CustomField.Choice]
    public var readOnly: Bool
    /// Not shown to the buyer, but kept: the console never drops what it does not show.
    public var hidden: Bool
    /// `process` is refused while a required value is empty.
    public var required: Bool
    /// What the vendor (or validation) says is wrong with the value; the buyer fixes it and
    /// processes again.
    public var error: String?

    public init(id: String, name: String, externalID: String, value: String, kind: CustomField.Kind = .text,
                choices: [CustomField.Choice] = [], readOnly: Bool, hidden: Bool, required: Bool, error: String?) {
        self.id = id
        self.name = name
        self.externalID = externalID
        self.value = value
        self.kind = kind
        self.choices = choices
        self.readOnly = readOnly
        self.hidden = hidden
        self.required = required
        self.error = error
    }

    /// The parameter as a field of the console's form, keyed by its id (what a PUT names).
    public var field: CustomField {
        CustomField(name: name, value: value, kind: kind, key: id, required: required, readOnly: readOnly,
                    hidden: hidden, choices: choices, error: error)
    }
}
