import Config
import Foundation
import Testing

/// `themes/` is the source of truth: the compiled-in copies must be the same text, and the
/// user's folder wins by name.
@Suite struct BuiltInThemesTests {
    private static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    @Test func theBuiltInThemesAreTheFilesInThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themes.path).filter { $0.hasSuffix(".toml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltInThemes.files.keys),
                "run scripts/generate-themes")
        for file in files {
            let text = try String(contentsOf: Self.themes.appendingPathComponent(file), encoding: .utf8)
            #expect(BuiltInThemes.files[String(file.dropLast(5))].map { $0 + "\n" } == text,
                    "\(file) differs from Sources/Config/BuiltInThemes.swift: run scripts/generate-themes")
        }
    }

    @Test func theUserFolderWinsByNameAndBuiltInsNeedNoFiles() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("user-themes-\(UUID())")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: user) }
        try "[styles]\n".write(to: user.appendingPathComponent("light.toml"), atomically: true, encoding: .utf8)
        try "[styles]\n".write(to: user.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let files = ThemeFiles(userDirectory: user.path)
        #expect(try files.source(of: "light").path == user.appendingPathComponent("light.toml").path)
        #expect(try files.source(of: "default").path == "default.toml (built in)")
        #expect(files.names == ["default", "high-contrast", "light", "mine", "mono"])
        #expect(throws: ConfigError.self) { try files.source(of: "nope") }
    }

    @Test func theThemesFolderIsBesideTheConfig() {
        let files = ThemeFiles.standard(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/u"])
        #expect(files.userDirectory == "/x/conf/ordercon/themes")
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.config/ordercon/config.toml")
        #expect(ThemeFiles.standard(environment: ["HOME": "/home/u"]).userDirectory == "/home/u/.config/ordercon/themes")
    }
}
