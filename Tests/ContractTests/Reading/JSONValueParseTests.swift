import Foundation
@testable import Providers
import Testing

/// `JSONValue.parse` reads payloads without `JSONDecoder` (whose wrong guesses at each
/// value's kind were half of a status sweep's time): it must read exactly what the decoder
/// read, and refuse what is not JSON.
@Suite struct JSONValueParseTests {
    private static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Reference")

    private func parsed(_ json: String) -> JSONValue? { JSONValue.parse(Data(json.utf8)) }

    private func decoded(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

    @Test func everyReferenceFixtureReadsAsTheDecoderReadsIt() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.reference.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }
        #expect(files.count >= 20)
        for file in files {
            let data = try Data(contentsOf: Self.reference.appendingPathComponent(file))
            #expect(JSONValue.parse(data) == (try decoded(data)), "\(file)")
        }
    }

    @Test func escapesAreReadAsTheDecoderReadsThem() throws {
        let json = #"{"a\"b": "q\"b\\s\/n\n\t\b\f\r é \u00e9 \ud83d\ude00 \u20AC", "plain": "Contoso 株式会社"}"#
        let value = try #require(parsed(json))
        #expect(value == (try decoded(Data(json.utf8))))
        #expect(value == .object(["a\"b": .string("q\"b\\s/n\n\t\u{8}\u{C}\r é é 😀 €"), "plain": .string("Contoso 株式会社")]))
    }

    @Test func aLoneSurrogateBecomesTheReplacementCharacter() {
        #expect(parsed(#"["x\ud800y"]"#) == .array([.string("x\u{FFFD}y")]))
    }

    @Test func numbersKeepEveryDigit() throws {
        let json = #"[0, -0.5e-3, 1E5, 12.50, 123456789012345678901234567890.123456789, -7]"#
        let value = try #require(parsed(json))
        #expect(value == (try decoded(Data(json.utf8))))
        #expect(value == .array([.number(0), .number(Decimal(string: "-0.0005")!), .number(100_000), .number(Decimal(string: "12.5")!),
                                 .number(Decimal(string: "123456789012345678901234567890.123456789")!), .number(-7)]))
    }

    @Test func aNumberBeyondDecimalsRangeIsKeptAsTextSoOnlyItsFieldFails() {
        #expect(parsed(#"{"id": "A", "total": 1e400}"#) == .object(["id": .string("A"), "total": .string("1e400")]))
    }

    @Test func whatIsNotJSONIsRefused() {
        for text in ["", "   ", "tru", "nul", "01", "1.", ".5", "-", "1e", "12abc", "+1", #"{"a":1,}"#, "[1 2]", #"{"a" 1}"#,
                     #"{a: 1}"#, "[1]x", #"["a\x"]"#, #"["\u12"]"#, #""open"#, "[", "{", "]", #"{"a":}"#, "[,]"] {
            #expect(parsed(text) == nil, "\(text)")
        }
    }

    @Test func scalarsAndWhiteSpaceAroundThemAreJSON() {
        #expect(parsed(" \n true\t") == .bool(true))
        #expect(parsed("null") == .null)
        #expect(parsed(#""x""#) == .string("x"))
        #expect(parsed(" { } ") == .object([:]))
    }

    @Test func nestingStopsAtTheReadableDepth() {
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        let deeper = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(parsed(deepest) != nil)
        #expect(parsed(deeper) == nil)
    }
}
