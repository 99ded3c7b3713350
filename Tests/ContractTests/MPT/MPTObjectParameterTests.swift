import Foundation
import OrderKit
@testable import Providers
import Sandbox
import Testing

/// Address and Contact parameters edited one property at a time: each property a field keyed
/// by its wire path, the object put back together and sent whole, a partial one refused before
/// sending, and a DataObject left read-only.
@Suite struct MPTObjectParameterTests {
    private static let billingAddress = "PRM-7301-0001-0009"

    private func fixture() throws -> MPTOrderPayload {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Reference/mpt/order-address.json")
        return try PayloadDecoder.decode(MPTOrderPayload.self, from: try Data(contentsOf: url), what: "order")
    }

    @Test func addressAndContactDecodeAsOneFieldPerPropertyAndDataObjectStaysReadOnly() throws {
        let fields = try #require(try fixture().parameters?.ordering).map(MPTMapping.parameter).flatMap(\.fields)
        #expect(fields.map(\.key) == [
            "PRM-5501-0003-0001.addressLine1", "PRM-5501-0003-0001.addressLine2", "PRM-5501-0003-0001.postCode",
            "PRM-5501-0003-0001.city", "PRM-5501-0003-0001.state", "PRM-5501-0003-0001.country",
            "PRM-5501-0003-0002.firstName", "PRM-5501-0003-0002.lastName", "PRM-5501-0003-0002.email",
            "PRM-5501-0003-0002.phone.prefix", "PRM-5501-0003-0002.phone.number",
            "PRM-5501-0003-0003",
            "PRM-5501-0003-0004.addressLine1", "PRM-5501-0003-0004.addressLine2", "PRM-5501-0003-0004.postCode",
            "PRM-5501-0003-0004.city", "PRM-5501-0003-0004.state", "PRM-5501-0003-0004.country",
        ])
        #expect(fields[3].name == "Shipping address · City" && fields[3].value == "Bremen")
        #expect(fields[0].error == "No deliveries to PO boxes." && fields[1...].allSatisfy { $0.error == nil })
        #expect(fields[0..<6].allSatisfy { $0.required })
        #expect(fields[6...10].map(\.required) == [false, false, false, false, false])
        #expect(fields[9].name == "Technical contact · Phone Prefix" && fields[9].value == "+49")
        #expect(fields[10].value == "4215550123")
        #expect(fields[11].readOnly && fields[11].value == #"{"sku":"TM-B","tenant":{"region":"eu-central"}}"#)
        #expect(fields.filter { !$0.readOnly }.count == 17)
        #expect(fields[12...].map(\.value) == ["", "", "", "", "", ""])
    }

    @Test func editedPropertiesAreSentAsTheWholeObject() throws {
        var fields = try #require(try fixture().parameters?.ordering).map(MPTMapping.parameter).flatMap(\.fields)
        fields[0].value = "Hafenstrasse 9"
        fields[10].value = ""
        fields[9].value = ""
        let values = try MPTParameterValues.values(from: fields)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        #expect(encoded == [
            #"{"id":"PRM-5501-0003-0001","value":{"addressLine1":"Hafenstrasse 9","addressLine2":"Tor 2","city":"Bremen","country":"DE","postCode":"28195","state":"Bremen"}}"#,
            #"{"id":"PRM-5501-0003-0002","value":{"email":"ilka.brandt@seewind.example","firstName":"Ilka","lastName":"Brandt"}}"#,
        ])
    }

    @Test func aPartAddressIsRefusedBeforeSending() throws {
        var fields = try #require(try fixture().parameters?.ordering).map(MPTMapping.parameter).flatMap(\.fields)
        fields[15].value = "Kiel"
        #expect(throws: OrderError.rejected(detail: "Invoice address · Address Line 1, Invoice address · Address Line 2, "
            + "Invoice address · Post Code, Invoice address · State, Invoice address · Country must be filled in "
            + "(the Marketplace requires Address Line 1, Address Line 2, Post Code, City, State, Country of every Address); "
            + "fill them in and save again")) {
            _ = try MPTParameterValues.values(from: fields)
        }
    }

    @Test func theCityIsEditedAndTheObjectReadBack() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        var fields = try await client.customFields(orderID: MPTFixture.draftOrder)
        let city = try #require(fields.firstIndex { $0.key == Self.billingAddress + ".city" })
        #expect(fields[city].name == "Billing Address · City" && fields[city].value == "Berlin" && !fields[city].readOnly)
        fields[city].value = "Potsdam"
        let answered = try await client.updateCustomFields(orderID: MPTFixture.draftOrder, fields: [fields[city]])
        #expect(answered.first { $0.key == Self.billingAddress + ".city" }?.value == "Potsdam")
        let object = try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(MPTFixture.draftOrder)?select=+parameters"))
        let ordering = try #require((object["parameters"] as? [String: Any])?["ordering"] as? [[String: Any]])
        let address = try #require(ordering.first { $0["id"] as? String == Self.billingAddress })
        #expect(address["value"] as? [String: String] == ["addressLine1": "Hauptstrasse 12", "addressLine2": "3. OG",
                                                          "postCode": "10115", "city": "Potsdam", "state": "Berlin",
                                                          "country": "DE"])
        #expect(address["displayValue"] as? String == "Hauptstrasse 12, 3. OG, 10115, Potsdam, Berlin, DE")
    }

    @Test func theWholeFormRoundTripsTheAddress() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        var fields = try await client.customFields(orderID: MPTFixture.draftOrder)
        let street = try #require(fields.firstIndex { $0.key == Self.billingAddress + ".addressLine1" })
        fields[street].value = "Lindenallee 4"
        #expect(try await client.updateCustomFields(orderID: MPTFixture.draftOrder, fields: fields) == fields)
        let emptied = fields.filter { $0.key.hasPrefix(Self.billingAddress + ".") }.map { field in
            var field = field
            field.value = field.key.hasSuffix(".city") ? "Potsdam" : ""
            return field
        }
        await MPTExpect.refused(.rejected, containing: "Billing Address · Address Line 1, Billing Address · Address Line 2, "
            + "Billing Address · Post Code, Billing Address · State, Billing Address · Country must be filled in") {
            _ = try await client.updateCustomFields(orderID: MPTFixture.draftOrder, fields: emptied)
        }
    }

    @Test func theSandboxRefusesAMalformedAddress() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        for (body, says) in [
            (#"{"city":"Potsdam","country":"DE"}"#, "Billing Address is missing addressLine1, addressLine2, postCode, state"),
            (#"{"addressLine1":"A 1","addressLine2":"B","postCode":"1","city":"C","state":"D","country":"DE","zip":"1"}"#,
             "Billing Address has no property 'zip'"),
        ] {
            let put = #"{"parameters":{"ordering":[{"id":"\#(Self.billingAddress)","value":\#(body)}]}}"#
            let answer = try await mpt.raw(.put, "/commerce/orders/\(MPTFixture.draftOrder)", body: put)
            #expect(answer.status == 400, "\(body)")
            #expect(String(decoding: answer.body, as: UTF8.self).contains(says), "\(body)")
        }
    }
}
