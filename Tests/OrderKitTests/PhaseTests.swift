import OrderKit
import Testing

@Suite struct PhaseTests {
    @Test func finalPhasesAreExactlyTheFourEndings() {
        #expect(Phase.allCases.filter(\.isFinal) == [.completed, .failed, .cancelled, .expired])
    }

    @Test func unknownIsPolledLikeProcessing() {
        #expect(Phase.allCases.filter(\.wantsFastRefresh) == [.processing, .unknown])
        #expect(!Phase.unknown.isFinal)
    }

    @Test func onlyCartsAndDraftsAreUnplaced() {
        #expect(Phase.allCases.filter(\.isUnplaced) == [.cart, .draft])
    }
}
