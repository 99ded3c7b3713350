import Testing
@testable import TerminalUI

@MainActor
@Suite struct PayloadTextMemoTests {
    @Test func repeatedAndChangedPayloadsAreBothShownReadably() {
        let memo = PayloadTextMemo()
        let first = memo.text(#"{"b":1,"a":2}"#)
        #expect(first == "{\n  \"a\" : 2,\n  \"b\" : 1\n}")
        #expect(memo.text(#"{"b":1,"a":2}"#) == first)
        #expect(memo.text(#"{"c":3}"#) == "{\n  \"c\" : 3\n}")
        #expect(memo.text("upstream down") == "upstream down")
    }
}
