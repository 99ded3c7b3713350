import ConsoleModel
import Testing

/// Text fields edit like readline.
@Suite struct EditableTextTests {
    private func typed(_ text: String, then keys: [Key]) -> EditableText {
        var line = EditableText(text)
        for key in keys { line.apply(key) }
        return line
    }

    @Test func charactersGoWhereTheCursorIs() {
        let line = typed("Acme GmbH", then: [.home, .right, .right, .right, .right, .char(","), .end, .char("!")])
        #expect(line.text == "Acme, GmbH!")
        #expect(line.cursor == 11)
    }

    @Test func backspaceAndDeleteTakeTheCharacterBeforeAndUnderTheCursor() {
        #expect(typed("1044", then: [.left, .backspace]).text == "104")
        #expect(typed("1044", then: [.home, .delete]).text == "044")
        #expect(typed("1044", then: [.home, .backspace]).text == "1044")
        #expect(typed("1044", then: [.delete]).text == "1044")
    }

    @Test func ctrlKeysKillAndMoveAsInAShell() {
        #expect(typed("Contoso Retail Ltd", then: [.ctrl(.char("w"))]).text == "Contoso Retail ")
        #expect(typed("Contoso Retail Ltd", then: [.ctrl(.left), .ctrl(.char("k"))]).text == "Contoso Retail ")
        #expect(typed("Contoso Retail Ltd", then: [.alt(.left), .alt(.left), .ctrl(.char("u"))]).text == "Retail Ltd")
        #expect(typed("Contoso Retail", then: [.ctrl(.char("a")), .alt(.right), .char("!")]).text == "Contoso! Retail")
        #expect(typed("ab", then: [.ctrl(.char("a")), .ctrl(.char("e")), .char("c")]).text == "abc")
    }

    @Test func whatIsNotEditingIsLeftToTheField() {
        var line = EditableText("12")
        #expect(line.apply(.enter) == .notEditing)
        #expect(line.apply(.escape) == .notEditing)
        #expect(line.apply(.char("x"), accepts: \.isNumber) == .notEditing)
        #expect(line.apply(.char("3"), limit: 2) == .notEditing)
        #expect(line.apply(.home) == .moved)
        #expect(line.apply(.char("3"), accepts: \.isNumber) == .changed)
        #expect(line.text == "312")
    }

    @Test func aLongLineKeepsTheCursorInView() {
        #expect(EditableText("1044").shown(width: 10) == "1044▏")
        let long = typed(String(repeating: "a", count: 30) + "XYZ", then: [])
        #expect(long.shown(width: 10) == "…aaaaaXYZ▏")
        let atStart = typed(String(repeating: "a", count: 30), then: [.home])
        #expect(atStart.shown(width: 10) == "▏aaaaaaaa…")
        let middle = typed(String(repeating: "a", count: 15) + "M" + String(repeating: "b", count: 15), then: [.home] + Array(repeating: .right, count: 15))
        let shown = middle.shown(width: 10)
        #expect(shown.count == 10)
        #expect(shown.contains("▏M"))
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
    }
}
