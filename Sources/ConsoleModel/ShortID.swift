/// An id as a title or a message names it beside a name: a provider's long id (a UUID, a
/// 40-character key) is cut to its first eight characters, which tell items of one order
/// apart; ids of twelve characters or fewer are shown whole.
public enum ShortID {
    public static func of(_ id: String) -> String {
        id.count > 12 ? id.prefix(8) + "…" : id
    }
}
