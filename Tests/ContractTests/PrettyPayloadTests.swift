import Foundation
import PayloadText
import Providers
import Testing

@Suite struct PrettyPayloadTests {
    @Test func jsonAndXmlAreMadeReadableAndOtherTextKept() {
        let json = ReadablePayload.text(#"{"b":1,"a":{"c":[1,2]}}"#)
        #expect(json.split(separator: "\n").count > 3)
        #expect(json.hasPrefix("{\n  \"a\""))
        let xml = ReadablePayload.text("<order><id>7</id><status>active</status></order>")
        #expect(xml.contains("\n"))
        #expect(xml.contains("<id>7</id>"))
        #expect(ReadablePayload.text("upstream down") == "upstream down")
    }

    /// An order keeps its payload byte for byte; only the detail view formats it.
    @Test func anOrderKeepsItsPayloadAsReceived() {
        let body = #"{"id":"ORD-1","status":"Draft","lines":[]}"#
        #expect(PayloadDecoder.text(Data(body.utf8)) == body)
        let listed = PayloadDecoder.elements(of: Data(#"{"Items":[{"b":"x/y","a":1}]}"#.utf8), key: "Items")
        #expect(listed == [#"{"a":1,"b":"x/y"}"#])
    }
}
