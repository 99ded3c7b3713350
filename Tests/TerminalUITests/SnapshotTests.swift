import Testing

/// The golden-screen comparison itself: a mismatch must say where.
@Suite struct SnapshotTests {
    @Test func aLineDiffNamesEachDifferingLineGoldenFirst() {
        let diff = Snapshot.lineDiff(expected: "a\nb\nc\n", actual: "a\nB\nc\nd\n")
        #expect(diff == "line 2 golden: b\nline 2 drawn:  B\nline 4 golden: \nline 4 drawn:  d\nline 5 golden: (no line)\nline 5 drawn:  ")
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(Snapshot.lineDiff(expected: "a\nb\n", actual: "a\nb\n").isEmpty)
    }
}
