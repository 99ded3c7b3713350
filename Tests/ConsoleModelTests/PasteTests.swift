import ConsoleModel
import Testing

/// A paste types text into the field that takes it and does nothing anywhere else.
@Suite struct PasteTests {
    @Test func aPastedNewlineIsASpaceAndNeverSubmits() {
        var state = ConsoleFixture.state()
        _ = ConsoleReducer.reduce(&state, .key(.char("/")))
        _ = ConsoleReducer.reduce(&state, .paste("Acme\nGmbH\t1044"))
        guard case .input(let line) = state.dialog.modal else {
            Issue.record("the filter line closed: \(String(describing: state.dialog.modal))")
            return
        }
        #expect(line.text == "Acme GmbH 1044")
    }

    @Test func aPasteIntoThePanesRunsNoCommand() {
        var state = ConsoleFixture.state()
        let before = state
        let effects = ConsoleReducer.reduce(&state, .paste("q:all\nrx"))
        #expect(state == before)
        #expect(effects.isEmpty)
        #expect(!state.shouldQuit)
    }
}
