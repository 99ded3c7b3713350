import Foundation
import OrderKit

/// An ordering parameter of an MPT order as the console shows and edits it: the vendor's
/// error sits next to the value it is about.
public struct MPTParameter: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var externalID: String
    /// The value as text: the text itself, else the Marketplace's `displayValue` of an
    /// object or list value.
    public var value: String
    /// The Marketplace's own text of the value, where it sends one.
    public var displayValue: String?
    /// The value as JSON when it is an object (Address, Contact, DataObject) or a list
    /// (Checkbox): kept as received, never flattened into text and sent back.
    public var structuredValue: String?
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
    /// The properties an Address or Contact value is edited by, one field each; nil for any
    /// other parameter (a DataObject's value has no fixed properties and stays read-only).
    var shape: MPTObjectShape?

    public init(id: String, name: String, externalID: String, value: String, displayValue: String? = nil,
                structuredValue: String? = nil, kind: CustomField.Kind = .text,
                choices: [CustomField.Choice] = [], readOnly: Bool, hidden: Bool, required: Bool, error: String?) {
        self.id = id
        self.name = name
        self.externalID = externalID
        self.value = value
        self.displayValue = displayValue
        self.structuredValue = structuredValue
        self.kind = kind
        self.choices = choices
        self.readOnly = readOnly
        self.hidden = hidden
        self.required = required
        self.error = error
    }

    /// What a person reads: the Marketplace's display text, else the value.
    public var shownValue: String { displayValue ?? value }

    /// The parameter as a field of the console's form, keyed by its id (what a PUT names).
    /// An object or list value without a shape is shown by its display text and read-only:
    /// a text field cannot edit it without losing its structure.
    public var field: CustomField {
        CustomField(name: name, value: value, kind: structuredValue == nil ? kind : .text, key: id, required: required,
                    readOnly: readOnly || structuredValue != nil, hidden: hidden,
                    choices: structuredValue == nil ? choices : [],
                    hint: structuredValue.map { _ in "a structured value: edit it in the Marketplace portal" },
                    error: error)
    }

    /// The parameter as the form's fields: an Address or Contact as one field per property,
    /// keyed by its wire path (`PRM-….city`) and named "Billing Address · City", the vendor's
    /// error on the first; any other parameter as its one `field`.
    public var fields: [CustomField] {
        guard let shape else { return [field] }
        let texts = shape.texts(in: structuredValue.flatMap { JSONValue.parse(Data($0.utf8)) })
        return zip(shape.properties, texts).enumerated().map { position, pair in
            CustomField(name: "\(name) · \(pair.0.label)", value: pair.1,
                        key: MPTObjectShape.key(parameterID: id, pair.0), required: required && pair.0.required,
                        readOnly: readOnly, hidden: hidden, error: position == 0 ? error : nil)
        }
    }
}
