import Headless
import Testing

@Suite struct OrderIDListTests {
    @Test func idsComeOnePerLineOrSeparatedByWhitespaceAndCommas() throws {
        let text = "ORD-1\nORD-2 ORD-3,ORD-4\r\n\n  ORD-5\t# the failed one\n# a comment line\nORD-1\n"
        #expect(try OrderIDList.parse(text) == ["ORD-1", "ORD-2", "ORD-3", "ORD-4", "ORD-5", "ORD-1"])
    }

    @Test func nothingButBlanksAndCommentsIsRefused() {
        #expect(throws: OrderIDList.Problem.empty) { try OrderIDList.parse("\n  # none yet\n\n") }
        #expect(throws: OrderIDList.Problem.empty) { try OrderIDList.parse("") }
    }
}
