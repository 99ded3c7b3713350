import Config
import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    private func theme(_ text: String) throws(ConfigError) -> Theme {
        try Theme.parse(name: "t", source: TOMLSource(path: "t.toml", text: text))
    }

    @Test func readsNamesNumbersAndAttributes() throws {
        let theme = try theme("[styles]\nheader = { fg = \"black\", bg = 37, bold = true }\ndim = { fg = \"default\", dim = true }\n")
        #expect(theme[.header] == CellStyle(foreground: 0, background: 37, bold: true))
        #expect(theme[.dim] == CellStyle(foreground: -1, dim: true))
        #expect(theme[.failed] == .plain)
    }

    @Test func mistakesNameTheFileAndLine() {
        let cases: [(String, Int?, String)] = [
            ("[styles]\nheadr = { fg = 1 }\n", 2, "unknown style 'headr'"),
            ("[styles]\ntext = { fg = 1 }\nheader = { fg = 300 }\n", 3, "header.fg must be a colour name or a number from 0 to 255"),
            ("[styles]\nheader = { bold = \"yes\" }\n", 2, "header.bold must be true or false"),
            ("[styles]\nheader = { blink = true }\n", 2, "unknown field 'blink'"),
            ("[styles]\nheader = 3\n", 2, "style 'header' must be an inline table"),
            ("[styles\n", 1, ""),
            ("name = \"x\"\n", nil, "a theme needs a [styles] table"),
        ]
        for (text, line, message) in cases {
            do {
                _ = try theme(text)
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.path == "t.toml")
                #expect(error.line == line, "\(text)")
                #expect(error.message.hasPrefix(message), "\(error.message)")
            }
        }
    }

    @Test func everyShippedThemeParsesAndDefaultCoversEveryRole() throws {
        let catalog = ThemeCatalog(files: ThemeFiles(userDirectory: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: ScreenFixture.themes).filter { $0.hasSuffix(".toml") }
        #expect(files.contains("default.toml"))
        for file in files {
            _ = try catalog.loadStrictly(String(file.dropLast(5)))
        }
        let text = try String(contentsOfFile: ScreenFixture.themes + "/default.toml", encoding: .utf8)
        for role in ThemeRole.allCases {
            #expect(text.contains("\n\(role.rawValue) = "), "default.toml has no style for \(role.rawValue)")
        }
    }

    @Test func monoHasNoColourAndHighContrastOnlyTheBasicEight() throws {
        let catalog = ThemeCatalog(files: ThemeFiles(userDirectory: nil))
        let mono = try catalog.loadStrictly("mono")
        let contrast = try catalog.loadStrictly("high-contrast")
        for role in ThemeRole.allCases {
            #expect(mono[role].foreground == nil && mono[role].background == nil, "mono colours \(role)")
            for color in [contrast[role].foreground, contrast[role].background].compactMap({ $0 }) {
                #expect((0..<8).contains(color), "high-contrast \(role) uses \(color)")
            }
        }
        #expect(mono[.selected].reverse)
        #expect(try catalog.loadStrictly("light")[.header] != (try catalog.loadStrictly("default"))[.header])
    }

    @Test func userThemesOverrideShippedOnesAndBrokenOnesFallBack() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: user) }
        try "[styles]\nheader = { fg = 1 }\n".write(to: user.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try "[styles]\nheader = { fg = 999 }\n".write(to: user.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(files: ThemeFiles(userDirectory: user.path))
        #expect(catalog.load("default").theme[.header] == CellStyle(foreground: 1))
        let (fallback, warning) = catalog.load("broken")
        #expect(fallback.name == "default")
        #expect(warning?.contains("broken.toml:2:") == true)
        let (missing, note) = ThemeCatalog(files: ThemeFiles(userDirectory: nil, builtIn: [:])).load("default")
        #expect(missing.name == "attributes-only")
        #expect(note != nil)
    }

    @Test func colorsBeyondTheTerminalFallBackToBasicOnes() {
        #expect(ColorFallback.basic(3, background: false) == 3)
        #expect(ColorFallback.basic(9, background: false) == 1)
        #expect(ColorFallback.basic(196, background: false) == 1)
        #expect(ColorFallback.basic(46, background: true) == 2)
        #expect(ColorFallback.basic(16, background: false) == 0)
        #expect(ColorFallback.basic(255, background: true) == 7)
    }

    /// Grey text must not turn black on a dark eight-colour screen; a dark grey bar may.
    @Test func greysStayReadableAsTextOnEightColours() {
        #expect(ColorFallback.basic(8, background: false) == 7)
        #expect(ColorFallback.basic(240, background: false) == 7)
        #expect(ColorFallback.basic(8, background: true) == 0)
        #expect(ColorFallback.basic(236, background: true) == 0)
    }
}
