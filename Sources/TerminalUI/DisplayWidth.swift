import CNcurses

/// How many terminal cells text takes, counted as ncurses counts them (glibc's `wcwidth` in
/// a UTF-8 locale): a Chinese or Japanese character or an emoji takes two, a combining mark
/// none. Text fitting, the ncurses screen and the in-memory grid all count with it, so a
/// customer named 株式会社 keeps the pane borders where they belong.
///
/// A character of several scalars (a ZWJ emoji, a flag, a letter with a combining mark) is
/// drawn as its first scalar: terminals disagree on how wide the whole cluster is, and one
/// scalar is drawn the same by all of them.
enum DisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20, scalar.value < 0x7F { return 1 }
        let width = Int(cn_scalar_width(scalar.value))
        return width < 0 ? 1 : width
    }

    /// The cells `character` takes as drawn: its first scalar's.
    static func of(_ character: Character) -> Int {
        character.unicodeScalars.first.map(of) ?? 0
    }

    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// What is drawn for `character`: its first scalar.
    static func drawn(_ character: Character) -> Character {
        character.unicodeScalars.first.map(Character.init) ?? " "
    }
}
