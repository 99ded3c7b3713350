/// A line being typed, with its cursor, edited the way readline and every shell edit it:
/// ←/→, Home/End and Ctrl-A/E move; Alt- or Ctrl-←/→ move by word; Backspace, Delete,
/// Ctrl-U (to the start), Ctrl-K (to the end) and Ctrl-W (the word before) delete.
///
/// Every text field of the console edits through this one value, so a key edits the same
/// everywhere, and no editing key is left over for a field to take as "close".
public struct EditableText: Sendable, Equatable {
    public private(set) var text: String
    /// Where the next character goes, in characters from the start (0…count).
    public private(set) var cursor: Int

    /// `text` with the cursor at `cursor` (after its end when nil, where typing continues it).
    public init(_ text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    /// What a key did to the line.
    public enum Edit: Equatable {
        /// The text changed.
        case changed
        /// Only the cursor moved (or could not: at an end).
        case moved
        /// Not an editing key, or a character `accepts` refused or that would pass `limit`:
        /// the field decides what it means.
        case notEditing
    }

    /// Applies `key`. `accepts` says which characters the field takes (digits for a quantity);
    /// `limit` is the most characters it holds.
    @discardableResult
    public mutating func apply(_ key: Key, accepts: (Character) -> Bool = { _ in true }, limit: Int = .max) -> Edit {
        var characters = Array(text)
        let before = characters
        switch key {
        case .char(let character):
            guard accepts(character), characters.count < limit else { return .notEditing }
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return .moved }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl(.char("d")):
            guard cursor < characters.count else { return .moved }
            characters.remove(at: cursor)
        case .left, .ctrl(.char("b")): cursor = max(0, cursor - 1)
        case .right, .ctrl(.char("f")): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl(.char("a")): cursor = 0
        case .end, .ctrl(.char("e")): cursor = characters.count
        case .alt(.left), .ctrl(.left): cursor = Self.wordStart(characters, before: cursor)
        case .alt(.right), .ctrl(.right): cursor = Self.wordEnd(characters, after: cursor)
        case .ctrl(.char("u")):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl(.char("k")):
            characters.removeSubrange(cursor...)
        case .ctrl(.char("w")):
            let start = Self.wordStart(characters, before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return .notEditing
        }
        guard characters != before else { return .moved }
        text = String(characters)
        return .changed
    }

    /// The line as a field shows it in `width` characters, the cursor drawn as `▏`: whole
    /// when it fits, else a window that keeps the cursor in view, `…` where text is hidden.
    public func shown(width: Int) -> String {
        let characters = Array(text)
        let line = Array(characters[..<cursor]) + ["▏"] + Array(characters[cursor...])
        guard line.count > width, width > 2 else { return String(line) }
        let start = max(0, min(cursor - width / 2, line.count - width))
        var window = Array(line[start..<start + width])
        if start > 0 { window[0] = "…" }
        if start + width < line.count { window[width - 1] = "…" }
        return String(window)
    }

    /// Where the word before `position` starts, past any spaces before it.
    private static func wordStart(_ characters: [Character], before position: Int) -> Int {
        var index = position
        while index > 0, characters[index - 1].isWhitespace { index -= 1 }
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    /// Where the word after `position` ends, past any spaces before it.
    private static func wordEnd(_ characters: [Character], after position: Int) -> Int {
        var index = position
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
        return index
    }
}
