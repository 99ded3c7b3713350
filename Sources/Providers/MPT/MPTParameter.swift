/// An ordering parameter of an MPT order as the console shows and edits it: the vendor's
/// error sits next to the value it is about.
public struct MPTParameter: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var externalID: String
    public var value: String
    public var readOnly: Bool
    /// Not shown to the buyer; the console skips these.
    public var hidden: Bool
    /// `process` is refused while a required value is empty.
    public var required: Bool
    /// What the vendor (or validation) says is wrong with the value; the buyer fixes it and
    /// processes again.
    public var error: String?

    public init(id: String, name: String, externalID: String, value: String, readOnly: Bool, hidden: Bool,
                required: Bool, error: String?) {
        self.id = id
        self.name = name
        self.externalID = externalID
        self.value = value
        self.readOnly = readOnly
        self.hidden = hidden
        self.required = required
        self.error = error
    }
}
