import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing
@testable import TerminalUI

/// The screens use the width there is: a terminal too small still says so in words that fit.
@MainActor
@Suite struct ScreenWidthTests {
    private static func lines(_ state: ConsoleState, columns: Int, rows: Int) -> [String] {
        ScreenFixture.render(state, columns: columns, rows: rows).text
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func tooSmallTerminalSaysWhatItNeedsInWordsThatFit() {
        for (columns, rows) in [(40, 10), (41, 10), (47, 12), (59, 14), (79, 23), (80, 23), (79, 24)] {
            let lines = Self.lines(ScreenFixture.loaded(), columns: columns, rows: rows)
            let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
            for part in ["Terminal too small: ordercon needs 80×24, this is \(columns)×\(rows).",
                         "Enlarge the window, or press q to quit."] {
                #expect(words.contains(part), "\(columns)×\(rows): \(lines.prefix(5))")
            }
            #expect(!words.contains("…"), "\(columns)×\(rows): nothing is cut")
        }
    }

    /// Below 40×10 the shortest wording that fits, and below that what fits, never a crash.
    @Test func smallerTerminalsGetShorterWordsWithoutACrash() {
        let shorter = Self.lines(ScreenFixture.loaded(), columns: 20, rows: 4).joined(separator: " ")
        #expect(shorter.contains("Too small: needs 80×24, this is 20×4. Enlarge it, or press q to quit."))
        let shortest = Self.lines(ScreenFixture.loaded(), columns: 20, rows: 3).joined(separator: " ")
        #expect(shortest.contains("Needs 80×24, is 20×3. Enlarge; q quits."))
        for (columns, rows) in [(39, 9), (30, 6), (12, 3), (5, 2), (1, 1), (0, 0)] {
            let notice = TooSmallNotice.lines(columns: columns, rows: rows)
            #expect(notice.count <= rows)
            #expect(notice.allSatisfy { DisplayWidth.of($0.text) <= columns })
            _ = ScreenFixture.render(ScreenFixture.loaded(), columns: columns, rows: rows)
        }
    }
}
