import Config
import Testing

/// Theme files are read and checked in Config, like every other TOML: the styles the screen
/// names are accepted, anything else is refused with the file and line.
@Suite struct ThemeSpecTests {
    @Test func stylesAreReadAsWrittenForTheRolesGiven() throws {
        let source = try TOMLSource(path: "t.toml", text: "[styles]\nheader = { fg = \"cyan\", bg = 236, bold = true }\ntext = { fg = \"default\" }\n")
        let spec = try ThemeSpec.parse(name: "t", source: source, roles: ["header", "text"])
        #expect(spec.styles["header"] == CellStyle(foreground: 6, background: 236, bold: true))
        #expect(spec.styles["text"]?.foreground == -1)
        #expect(spec.styles.count == 2)
    }

    @Test func aStyleTheScreenDoesNotHaveIsRefusedWithItsLine() throws {
        let source = try TOMLSource(path: "t.toml", text: "[styles]\ntext = { fg = 1 }\nborder = { fg = 2 }\n")
        #expect { try ThemeSpec.parse(name: "t", source: source, roles: ["text"]) } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == 3 && error.message == "unknown style 'border'; known: text"
        }
    }
}
