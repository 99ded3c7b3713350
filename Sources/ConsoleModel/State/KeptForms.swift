/// What was typed into a form left with Esc, so a slip of the finger loses nothing: opening
/// the same form again (the same `e`, the same offer's `a`, the same operation) brings the
/// typed values back. Opening any other form on that order drops them, as they may no longer
/// fit it; an account switch starts without them.
public struct KeptForms: Sendable, Equatable {
    private struct Kept: Sendable, Equatable {
        var purpose: FieldForm.Purpose
        var values: [String: String]
    }

    private var kept: [Kept] = []

    public init() {}

    /// Keeps what was typed into `form`; a form left untouched keeps nothing.
    mutating func keep(_ form: FieldForm) {
        kept.removeAll { $0.purpose.orderID == form.purpose.orderID }
        let typed = form.typedChanges
        if !typed.isEmpty { kept.append(Kept(purpose: form.purpose, values: typed)) }
    }

    /// The values typed into this form when it was last left, if it was; whatever was kept
    /// for the same order goes, given back or not.
    mutating func take(_ purpose: FieldForm.Purpose) -> [String: String] {
        let values = kept.first { $0.purpose == purpose }?.values ?? [:]
        kept.removeAll { $0.purpose.orderID == purpose.orderID }
        return values
    }

    /// Whether anything is kept for this form.
    public func holds(_ purpose: FieldForm.Purpose) -> Bool {
        kept.contains { $0.purpose == purpose }
    }
}
