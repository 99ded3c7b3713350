/// An object some of whose fields the API omits unless a query selects them.
protocol MPTSelectable: Encodable, Sendable {
    /// The fields left out by default, named as `select` and `$meta.omitted` name them.
    static var omittable: [String] { get }

    /// Encodes the object without `omitted`; a single object lists them in its own
    /// `$meta.omitted` (`meta`), a list element leaves that to its page.
    func encode(to encoder: any Encoder, omitting omitted: [String], meta: Bool) throws
}

extension MPTSelectable {
    /// Writes (create, update, transitions) answer with the whole object. This default is
    /// the `Encodable` witness: it wins over a synthesized one.
    func encode(to encoder: any Encoder) throws {
        try encode(to: encoder, omitting: [], meta: false)
    }

    /// The object as a `GET` with `select` shows it; `meta` as for `encode(to:omitting:meta:)`.
    func selected(_ select: MPTSelect, meta: Bool = true) -> MPTSelected<Self> {
        MPTSelected(value: self, omitted: select.omitted(from: Self.omittable), meta: meta, removed: select.removed)
    }
}
