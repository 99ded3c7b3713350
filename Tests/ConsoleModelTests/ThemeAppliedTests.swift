import ConsoleModel
import Testing

/// The terminal reports a theme switch as an action; the reducer alone sets the toast.
@Suite struct ThemeAppliedTests {
    @Test func aThemeSwitchIsToldThroughTheReducer() {
        var state = ConsoleFixture.state()
        #expect(ConsoleFixture.press(&state, .char(":"), .char("t"), .char("h"), .char("e"), .char("m"), .char("e"),
                                     .char(" "), .char("x"), .enter) == [.applyTheme("x")])
        _ = ConsoleReducer.reduce(&state, .themeApplied("x", problem: "no theme named x"))
        #expect(state.messages.current?.text == "Theme: no theme named x; keeping the current one.")
        _ = ConsoleReducer.reduce(&state, .themeApplied("light", problem: nil))
        #expect(state.messages.current?.text == "Theme light.")
    }
}
