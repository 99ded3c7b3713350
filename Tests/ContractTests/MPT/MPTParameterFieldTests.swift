import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Ordering parameters as the console's form fields: constraints, types, hidden ones kept,
/// the vendor's errors beside their parameter, and updates that round-trip.
@Suite struct MPTParameterFieldTests {
    private static let startDate = "PRM-7301-0001-0005"
    private static let users = "PRM-7301-0001-0006"
    private static let supportLevel = "PRM-7301-0001-0007"
    private static let resellerTier = "PRM-7301-0001-0004"
    private static let coterminate = "PRM-7301-0001-0008"
    private static let billingAddress = "PRM-7301-0001-0009"

    @Test func fieldsCarryConstraintsTypesAndChoices() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let fields = try await mpt.client().customFields(orderID: MPTFixture.draftOrder)
        #expect(fields.map(\.name) == ["Microsoft Partner ID", "Purchase Order Number", "Agreement Type", "Reseller Tier",
                                       "Contract Start Date", "Users to Migrate", "Support Level",
                                       "Co-terminate Subscriptions", "Billing Address · Address Line 1",
                                       "Billing Address · Address Line 2", "Billing Address · Post Code",
                                       "Billing Address · City", "Billing Address · State", "Billing Address · Country",
                                       "Add-on Services"])
        #expect(fields.map(\.kind) == [.text, .text, .choice, .text, .date, .number, .choice, .boolean,
                                       .text, .text, .text, .text, .text, .text, .selections])
        #expect(fields.filter(\.required).map(\.key) == [MPTFixture.partnerIDParameter, MPTFixture.agreementTypeParameter,
                                                         Self.supportLevel])
        #expect(fields.filter(\.readOnly).map(\.key) == [MPTFixture.agreementTypeParameter, Self.resellerTier])
        #expect(fields.filter { $0.key.hasPrefix(Self.billingAddress) }.map(\.value)
            == ["Hauptstrasse 12", "3. OG", "10115", "Berlin", "Berlin", "DE"])
        #expect(fields.filter(\.hidden).map(\.key) == [Self.resellerTier])
        let support = try #require(fields.first { $0.key == Self.supportLevel })
        #expect(support.choices == [CustomField.Choice(id: "Standard", label: "Standard (business hours)"),
                                    CustomField.Choice(id: "Premium", label: "Premium (24/7)")])
        #expect(support.displayValue == "Standard (business hours)")
        #expect(fields.allSatisfy { $0.error == nil })
    }

    @Test func eachVendorErrorSitsOnItsParameter() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let fields = try await mpt.client().customFields(orderID: MPTFixture.queryingOrder)
        #expect(fields.filter { $0.error != nil }.map { "\($0.key): \($0.error ?? "")" }
            == ["\(MPTFixture.partnerIDParameter): Unknown MS Partner ID"])
    }

    @Test func editedValuesRoundTripAndHiddenOrReadOnlyOnesAreLeftAlone() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        var fields = try await client.customFields(orderID: MPTFixture.queryingOrder)
        let values = [MPTFixture.partnerIDParameter: "7654321", Self.startDate: "2026-12-01", Self.users: "25",
                      Self.supportLevel: "Premium", Self.coterminate: "true"]
        for index in fields.indices {
            if let value = values[fields[index].key] {
                fields[index].value = value
                fields[index].error = nil
            }
        }
        let updated = try await client.updateCustomFields(orderID: MPTFixture.queryingOrder, fields: fields)
        #expect(updated == fields)
        #expect(try await client.customFields(orderID: MPTFixture.queryingOrder) == fields)
        let details = try await client.details(orderID: MPTFixture.queryingOrder)
        #expect(details.first?.rows.first?.value
            == "the vendor asks for changes (see the status notes); edit the order, then resubmit it")
    }

    @Test func theSandboxRefusesValuesOfTheWrongType() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        for (parameter, value, message) in [
            (Self.supportLevel, "Gold", "Support Level must be one of Standard, Premium"),
            (Self.startDate, "next week", "Contract Start Date must be a date (YYYY-MM-DD)"),
            (Self.users, "many", "Users to Migrate must be a number"),
            (Self.coterminate, "yes", "Co-terminate Subscriptions must be true or false"),
        ] {
            await MPTExpect.refused(.rejected, containing: message) {
                _ = try await client.setParameter(orderID: MPTFixture.draftOrder, parameterID: parameter, value: value)
            }
        }
        #expect(try await client.customFields(orderID: MPTFixture.draftOrder).first { $0.key == Self.supportLevel }?.value
            == "Standard")
    }
}
