import ConsoleModel

/// What follows an Esc from the terminal, read the same whatever `TERM` says: xterm and
/// tmux/screen (`ESC[1~`, `ESC OH`, `ESC[1;5C`), rxvt (`ESC[7~`, `ESC Oc`, `ESC[2$`) and the
/// linux console (`ESC[[A`) send different bytes for one key, and terminfo knows only one
/// terminal's: a Home tmux sent under `TERM=xterm-256color` used to arrive as a bare Esc and
/// close the form being typed into.
enum EscapeSequence {
    enum Parsed: Equatable {
        /// More must be read before it is known (nothing yet: a bare Esc, after a pause).
        case incomplete
        case key(Key)
        /// `ESC[200~`: what follows up to `ESC[201~` was pasted.
        case pasteStart
        /// Esc, then a key typed on its own: `Esc q` sent at once (a script, a fast hand) is
        /// both keys, as ncurses read it. Alt with a letter arrives this way too; nothing is
        /// bound to one.
        case separate
        /// A complete sequence no key is known by: ignored.
        case unknown
    }

    static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    /// Parses `tail`, the scalars after Esc, as far as they go.
    static func parse(_ tail: [Unicode.Scalar]) -> Parsed {
        guard let first = tail.first else { return .incomplete }
        switch first {
        case "[": return controlSequence(tail.dropFirst())
        case "O": return singleShift(tail.dropFirst())
        default: return .separate
        }
    }

    /// `ESC [ params final`: parameters are digits and `;`, the final any of `@`–`~` (and rxvt's `$`).
    private static func controlSequence(_ body: ArraySlice<Unicode.Scalar>) -> Parsed {
        if body.first == "[" {
            // The linux console's F1–F5: ESC [ [ A … E.
            guard let final = body.dropFirst().first else { return .incomplete }
            return ("A"..."E").contains(final) ? .key(.function(Int(final.value - 64))) : .unknown
        }
        guard let end = body.firstIndex(where: isFinal) else {
            return body.count > 16 || body.contains(where: { !isParameter($0) }) ? .unknown : .incomplete
        }
        let parameters = body[body.startIndex..<end].split(separator: ";", omittingEmptySubsequences: false)
            .map { Int(String(String.UnicodeScalarView($0))) }
        guard body[body.startIndex..<end].allSatisfy(isParameter) else { return .unknown }
        let final = body[end]
        let number = parameters.first.flatMap { $0 }
        let modifier = parameters.count > 1 ? parameters[1] ?? 1 : 1
        switch final {
        case "~", "$", "^", "@":
            guard let number else { return .unknown }
            if number == 200 { return .pasteStart }
            guard let key = tildeKey(number) else { return .unknown }
            let rxvt = final == "^" || final == "@" ? 5 : 1
            return .key(modified(key, max(modifier, rxvt)))
        case "a", "b", "c", "d":
            // rxvt's Shift-arrows: the arrow itself.
            return arrow(Unicode.Scalar(UInt8(final.value - 32))).map { .key($0) } ?? .unknown
        case "Z":
            return .key(.backTab)
        default:
            guard let key = letterKey(final) else { return .unknown }
            return .key(modified(key, modifier))
        }
    }

    /// `ESC O final`, with an optional modifier digit (`ESC O5C`); rxvt's `ESC O a…d` are Ctrl-arrows.
    private static func singleShift(_ body: ArraySlice<Unicode.Scalar>) -> Parsed {
        guard let first = body.first else { return .incomplete }
        var modifier = 1
        var final = first
        if let digit = Int(String(first)) {
            guard let next = body.dropFirst().first else { return .incomplete }
            modifier = digit
            final = next
        }
        if ("a"..."d").contains(final), let key = arrow(Unicode.Scalar(UInt8(final.value - 32))) { return .key(.ctrl(key)) }
        if final == "M" { return .key(.enter) }
        guard let key = letterKey(final) else { return .unknown }
        return .key(modified(key, modifier))
    }

    private static func letterKey(_ final: Unicode.Scalar) -> Key? {
        switch final {
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: arrow(final)
        }
    }

    private static func arrow(_ final: Unicode.Scalar) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        default: nil
        }
    }

    /// The key of `ESC [ n ~`: vt220 and xterm numbers, rxvt's 7 and 8 for Home and End.
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 2: .insert
        case 3: .delete
        case 4, 8: .end
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil
        }
    }

    /// xterm's modifier parameter is 1 + Shift(1) + Alt(2) + Ctrl(4); Shift is not kept.
    private static func modified(_ key: Key, _ modifier: Int) -> Key {
        let bits = max(0, modifier - 1)
        var result = key
        if bits & 4 != 0 { result = .ctrl(result) }
        if bits & 2 != 0 { result = .alt(result) }
        return result
    }

    private static func isFinal(_ scalar: Unicode.Scalar) -> Bool {
        (0x40...0x7E).contains(scalar.value) || scalar == "$"
    }

    private static func isParameter(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || scalar == ";"
    }
}
