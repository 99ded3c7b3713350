import Config
import Foundation
import OrderKit
import Testing

/// ordercon's `forms.toml`: templates saved per offer keep the others, read back as typed
/// (numbers, text, text that looks like a number), a hand-written file from the documented
/// format reads, and a file that cannot be read is named with its line and never overwritten.
@Suite struct FormTemplateFileTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ordercon-forms-\(UUID().uuidString)")
    }

    static func template(_ offerID: String, _ entries: [(String, String)]) -> FormTemplate {
        FormTemplate(provider: .appxite, offerID: offerID, entries: entries.map { FormEntry(key: $0.0, value: $0.1) })
    }

    @Test func savingKeepsEveryOtherOfferAndReadsBackAsTyped() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = FormTemplateFile(path: folder.appendingPathComponent("forms.toml").path)
        #expect(try file.template(provider: .appxite, offerID: "offer-a") == nil, "no file holds no template")
        _ = try file.save(Self.template("offer-a", [("quantityBox1", "2"), ("ChargePeriod.pricingFrequency", "Monthly")]))
        let path = try file.save(Self.template("offer-b", [("tenantNumber", "\"0042\""), ("seats", "\"12\""),
                                                           ("ChargePeriod.offerRuleCustomFrequencyMonths", "12")]))
        #expect(path == file.path)
        let a = try #require(try file.template(provider: .appxite, offerID: "offer-a"))
        #expect(Set(a.entries) == [FormEntry(key: "quantityBox1", value: "2"),
                                   FormEntry(key: "ChargePeriod.pricingFrequency", value: "Monthly")])
        let b = try #require(try file.template(provider: .appxite, offerID: "offer-b"))
        #expect(Set(b.entries) == [FormEntry(key: "tenantNumber", value: "0042"), FormEntry(key: "seats", value: "\"12\""),
                                   FormEntry(key: "ChargePeriod.offerRuleCustomFrequencyMonths", value: "12")],
                "0042 reads as text either way; a quoted 12 stays text")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "only the user reads typed values")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["forms.toml"], "the temporary file was renamed over it")
    }

    @Test func aFileWrittenByHandFromThePortalsRequestReads() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("forms.toml").path
        try """
            [appxite."3d800b57-0958-4d86-a6a6-144243908f4f"]
            quantityBox1 = 1

            [appxite."3d800b57-0958-4d86-a6a6-144243908f4f".ChargePeriod]
            offerRulePricingId = "57066ba2-04e7-4610-8517-cff8d1953104"
            pricingFrequency = "Monthly"
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let template = try #require(try FormTemplateFile(path: path).template(provider: .appxite,
                                                                               offerID: "3d800b57-0958-4d86-a6a6-144243908f4f"))
        #expect(Set(template.entries.map(\.key)) == ["quantityBox1", "ChargePeriod.offerRulePricingId", "ChargePeriod.pricingFrequency"])
        #expect(template.quantity == 1)
    }

    @Test func aMalformedFileIsNamedWithItsLineAndNeverOverwritten() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("forms.toml").path
        let broken = "[appxite.\"offer-a\"]\nquantityBox1 = 1\nseats = 1.5\n"
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let file = FormTemplateFile(path: path)
        for attempt in [{ _ = try file.template(provider: .appxite, offerID: "offer-a") },
                        { _ = try file.save(Self.template("offer-b", [("quantityBox1", "1")])) }] {
            do {
                try attempt()
                Issue.record("a malformed forms.toml was read")
            } catch let error as OrderError {
                #expect(error.message == "\(path):3: seats must be text in quotes or a whole number, as the portal's request sends it; fix that line or move the file away (ordercon never overwrites a forms.toml it cannot read)")
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken, "nothing is lost")
        try "[appxite\nx = 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try file.template(provider: .appxite, offerID: "offer-a")
            Issue.record("a syntax error was read")
        } catch let error as OrderError {
            #expect(error.message.hasPrefix("\(path):1: "))
        }
    }
}
