@testable import Config
import Foundation
import OrderKit
@testable import PayloadText
@testable import Providers
import Testing

/// Inputs that once crashed a parser, found by fuzzing; each must now end in a value or an error.
@Suite struct FoundCrashTests {
    /// FoundationXML's `XMLDocument` accepted these, then crashed (a null dereference in
    /// `xmlString`) when the detail view formatted them.
    @Test(arguments: [
        #"<?xml version="1.0" encoding="bogus"?><order><id>7</id></order>"#,
        "<offers><offer><status>active</status></offer></offers>s>active</status>",
    ])
    func malformedXMLIsShownWithoutCrashing(_ body: String) {
        #expect(ReadablePayload.text(body).contains("<id>7</id>") || body.hasPrefix("<offers>"))
    }

    /// FoundationXML's `XMLParser` (under XMLCoder) trapped on invalid UTF-8 in a tag name.
    @Test func adilityXMLWithInvalidUTF8IsRefused() {
        let body = Data([0x3C, 0xFF, 0x73, 0x3E, 0x3C])
        #expect(throws: OrderError.malformedResponse(detail: "order: not XML the provider sends (not valid UTF-8)")) {
            try AdilityReader.order(from: body, as: .xml, what: "order")
        }
    }

    /// toml++ asserted (abort) on a non-ASCII character or a missing name in a table header,
    /// and on a bracket closed by a brace.
    @Test(arguments: ["[\u{FFFD}settings]\n", "[s€]\n", "é = 1\n", "[:a]\n", "[[:a]]\n", "x = 1\n [ :a]\n", "[[[a]]]\n", "a = [ }\n"])
    func nonASCIIOutsideQuotesIsRefusedWithItsLine(_ text: String) {
        #expect(throws: ConfigError.self) { try TOMLSource(path: "bad.toml", text: text) }
    }

    /// toml++ recursed through 256 levels of inline tables and overflowed the stack.
    @Test(arguments: ["a = " + String(repeating: "{a=", count: 300), "a = " + String(repeating: "[", count: 300),
                      "x = 1\ny = 2\na = " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300)])
    func deeplyNestedTOMLIsRefusedWithItsLine(_ text: String) {
        #expect(throws: ConfigError.self) { try TOMLSource(path: "deep.toml", text: text) }
        let line = text.hasPrefix("x") ? 3 : 1
        #expect(throws: ConfigError(path: "deep.toml", line: line,
                                    message: "nested deeper than 32 levels of [ ] or { }; no setting needs more than a few")) {
            try TOMLSource(path: "deep.toml", text: text)
        }
    }

    @Test func bracketsInStringsAndCommentsDoNotCount() throws {
        let brackets = String(repeating: "[{é", count: 100)
        let text = "a = \"\(brackets)\"\nb = '\(brackets)'\nc = \"\"\"\n\(brackets)\n\"\"\"\n# \(brackets)\n[t]\nd = [\n  [1],\n  [2]]\n[\"q\"]\n[[ 'r' ]]\n"
        #expect(try TOMLSource(path: "ok.toml", text: text).table["t"]?.table?["d"]?.array?.count == 2)
        #expect(try TOMLSource(path: "ok.toml", text: text).table["r"]?.array?.count == 1)
    }

    /// XMLCoder built its box tree recursively and overflowed the stack.
    @Test func deeplyNestedAdilityXMLIsRefused() {
        let body = Data(("<order>" + String(repeating: "<a>", count: 5_000) + String(repeating: "</a>", count: 5_000) + "</order>").utf8)
        #expect(throws: OrderError.malformedResponse(detail: "order: not XML the provider sends (nested deeper than 64 elements)")) {
            try AdilityReader.order(from: body, as: .xml, what: "order")
        }
    }

    /// FoundationXML's `XMLParser` dereferenced null on a processing instruction with no data.
    @Test(arguments: ["<?xm?><order/>", "<order><?pi?></order>", "<?xml?><order/>"])
    func adilityXMLWithAnEmptyProcessingInstructionIsRefused(_ body: String) {
        #expect(throws: OrderError.self) {
            try AdilityReader.order(from: Data(body.utf8), as: .xml, what: "order")
        }
    }

    @Test func adilityXMLWithItsDeclarationIsRead() throws {
        let body = #"<?xml version="1.0" encoding="UTF-8"?><order><status>active</status></order>"#
        #expect(throws: Never.self) {
            try AdilityCodec.decode(AdilityStatusPayload.self, root: "order", from: Data(body.utf8), as: .xml, what: "order")
        }
    }

    /// JSONSerialization read 500 levels of arrays, and writing them back overflowed the stack.
    @Test func deeplyNestedJSONIsShownAsReceived() {
        let body = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(ReadablePayload.text(body) == body)
        #expect(ReadablePayload.text(#"{"a":"[[[[","b":[1]}"#).contains("\n"))
    }

    /// A bare token with a quote in it (`x"`) hid the nesting after it from the byte scan,
    /// and the re-indenter recursed through a thousand levels (found at 100k inputs).
    @Test func nestingAfterAQuotedBareTokenIsShownAsReceived() {
        let body = #"[x", "# + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2001)
        #expect(ReadablePayload.text(body) == body)
        let shallow = #"{"a":"# + String(repeating: "[", count: 64) + String(repeating: "]", count: 63) + "}"
        #expect(PrettyJSON.format(Data(shallow.utf8)) == nil)
    }

    @Test func xmlIsIndentedWithLeavesOnOneLine() {
        let body = #"<?xml version="1.0"?><order><id>7</id><items><item a="1"/><!-- c --></items></order>"#
        #expect(ReadablePayload.text(body) == """
            <?xml version="1.0"?>
            <order>
              <id>7</id>
              <items>
                <item a="1"/>
                <!-- c -->
              </items>
            </order>
            """)
    }

    @Test func anUnclosedTagIsShownAsReceived() {
        #expect(ReadablePayload.text("<order><id") == "<order><id")
    }
}
