import ConsoleModel
import Testing

/// Keys as `[keys]` in the config names them, and as help prints them.
@Suite struct KeyNameTests {
    @Test(arguments: [
        ("C-a", Key.ctrl(.char("a"))), ("C-U", .ctrl(.char("u"))), ("M-b", .alt(.char("b"))), ("A-Left", .alt(.left)),
        ("C-Right", .ctrl(.right)), ("Del", .delete), ("Delete", .delete), ("Ins", .insert), ("F5", .function(5)),
        ("f12", .function(12)), ("PgDn", .pageDown), ("x", .char("x")),
    ])
    func configNamesReadAsKeys(name: String, key: Key) {
        #expect(Key(configName: name) == key)
    }

    @Test func namesThatAreNoKeyAreRefused() {
        for name in ["F13", "F0", "X-a", "C-", "Ctrl", "C-nothing"] {
            #expect(Key(configName: name) == nil, "\(name)")
        }
    }

    @Test func labelsNameTheModifier() {
        #expect(Key.ctrl(.char("u")).label == "C-u")
        #expect(Key.alt(.left).label == "M-←")
        #expect(Key.function(5).label == "F5")
        #expect(Key.delete.label == "Del")
    }
}
