import Foundation
import Providers
import Testing

@Suite struct PrettyPayloadTests {
    @Test func jsonAndXmlArePrettyPrintedAndOtherTextKept() {
        let json = PayloadDecoder.pretty(Data(#"{"b":1,"a":{"c":[1,2]}}"#.utf8))
        #expect(json.split(separator: "\n").count > 3)
        #expect(json.hasPrefix("{\n  \"a\""))
        let xml = PayloadDecoder.pretty(Data("<order><id>7</id><status>active</status></order>".utf8))
        #expect(xml.contains("\n"))
        #expect(xml.contains("<id>7</id>"))
        #expect(PayloadDecoder.pretty(Data("upstream down".utf8)) == "upstream down")
    }
}
