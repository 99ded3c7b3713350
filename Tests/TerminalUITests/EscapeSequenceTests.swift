import ConsoleModel
@testable import TerminalUI
import Testing

/// Every terminal's bytes for a key read as that key, whatever TERM says.
@Suite struct EscapeSequenceTests {
    /// The scalars after Esc of a sequence written with `^[` for Esc.
    private func parse(_ sequence: String) -> EscapeSequence.Parsed {
        EscapeSequence.parse(Array(sequence.unicodeScalars))
    }

    @Test(arguments: [
        // xterm (normal and application cursor mode), tmux and screen, rxvt, the linux console.
        ("[A", Key.up), ("[B", .down), ("[C", .right), ("[D", .left), ("OA", .up), ("OD", .left),
        ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end),
        ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end),
        ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown), ("[Z", .backTab), ("OM", .enter),
        ("OP", .function(1)), ("OS", .function(4)), ("[11~", .function(1)), ("[15~", .function(5)),
        ("[17~", .function(6)), ("[21~", .function(10)), ("[24~", .function(12)), ("[[A", .function(1)), ("[[E", .function(5)),
    ])
    func aKeyReadsTheSameInEveryEncoding(sequence: String, key: Key) {
        #expect(parse(sequence) == .key(key), "ESC\(sequence)")
    }

    @Test(arguments: [
        ("[1;5C", Key.ctrl(.right)), ("[1;5D", .ctrl(.left)), ("[1;3D", .alt(.left)), ("[1;3C", .alt(.right)),
        ("[1;7A", .alt(.ctrl(.up))), ("[1;2C", .right), ("[3;5~", .ctrl(.delete)), ("O5C", .ctrl(.right)),
        ("Oc", .ctrl(.right)), ("Od", .ctrl(.left)), ("[c", .right), ("[3^", .ctrl(.delete)), ("[7$", .home),
    ])
    func modifiersAreKeptAsCtrlAndAlt(sequence: String, key: Key) {
        #expect(parse(sequence) == .key(key), "ESC\(sequence)")
    }

    @Test func escThenAKeySentAtOnceAreTwoKeys() {
        #expect(parse("q") == .separate)
        #expect(parse("\u{1B}") == .separate)
        #expect(parse("\u{7F}") == .separate)
    }

    @Test func aSequenceIsReadToItsEndBeforeItCounts() {
        for partial in ["", "[", "[1", "[1;", "[1;5", "O", "O5", "[["] {
            #expect(parse(partial) == .incomplete, "ESC\(partial)")
        }
        #expect(parse("[200~") == .pasteStart)
        #expect(parse("[99~") == .unknown)
        #expect(parse("[1;5X") == .unknown)
        #expect(parse("[?1x") == .unknown)
        #expect(parse("[" + String(repeating: "1", count: 20)) == .unknown)
    }

    @Test func controlCodesAreCtrlWithALetter() {
        #expect(KeyDecoder.key("\u{01}") == .ctrl(.char("a")))
        #expect(KeyDecoder.key("\u{17}") == .ctrl(.char("w")))
        #expect(KeyDecoder.key("\u{09}") == .tab)
        #expect(KeyDecoder.key("\u{0D}") == .enter)
        #expect(KeyDecoder.key("\u{08}") == .backspace)
        #expect(KeyDecoder.key("\u{1C}") == nil)
        #expect(KeyDecoder.key("é") == .char("é"))
    }
}
