/// A value the state computes from its own fields and keeps only for speed (the listed rows,
/// the order index). Two states whose fields are equal hold equal derived values, so
/// comparing them again would cost time and say nothing: a `Derived` property is equal to
/// any other, and a state's `==` compares only the fields it is derived from.
///
/// The wrapped type keeps its honest equality (or none); only this wrapper decides that
/// derived values stay out of the comparison.
@propertyWrapper
struct Derived<Value: Sendable>: Sendable, Equatable {
    var wrappedValue: Value

    static func == (_: Derived, _: Derived) -> Bool { true }
}
