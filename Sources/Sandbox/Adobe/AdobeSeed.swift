import Foundation

/// The data a fresh Adobe sandbox starts with: a USD price list, two customers of the
/// reseller, and an order history in every status, dated relative to the clock's start.
enum AdobeSeed {
    static let resellerID = "5556667778"
    /// The customer of seed 002's example, and the one the demo account is configured for.
    static let demoCustomerID = "9876543210"

    static let offers: [AdobeOffer] = [
        .init(offerId: "65304520CA01A12", productFamily: "Acrobat Pro for teams", productType: "Team",
              partnerPrice: Decimal(string: "239.88")!, currencyCode: "USD", duration: "12 Months"),
        .init(offerId: "65322651CA01A12", productFamily: "Creative Cloud All Apps for teams", productType: "Team",
              partnerPrice: Decimal(string: "1079.88")!, currencyCode: "USD", duration: "12 Months"),
        .init(offerId: "65304522CA01A12", productFamily: "Photoshop for teams", productType: "Team",
              partnerPrice: Decimal(string: "431.88")!, currencyCode: "USD", duration: "12 Months"),
        .init(offerId: "65304768CA01A12", productFamily: "Illustrator for teams", productType: "Team",
              partnerPrice: Decimal(string: "431.88")!, currencyCode: "USD", duration: "12 Months"),
        .init(offerId: "80004567EA01A12", productFamily: "Adobe Stock for teams (Small)", productType: "Team",
              partnerPrice: Decimal(string: "359.88")!, currencyCode: "USD", duration: "12 Months"),
        .init(offerId: "65304520CA02A12", productFamily: "Acrobat Pro for teams", productType: "Team",
              partnerPrice: Decimal(string: "227.88")!, currencyCode: "USD", duration: "12 Months"),
    ]

    /// Three flexible discounts live around the clock's start: a fixed price for Photoshop
    /// newcomers, an amount off Acrobat in the US, and a percentage off everything.
    static func flexDiscounts(now: Date) -> [AdobeFlexDiscount] {
        let day: TimeInterval = 24 * 3600
        let from = now.addingTimeInterval(-30 * day)
        let until = now.addingTimeInterval(60 * day)
        return [
            AdobeFlexDiscount(id: "7f3c2a10-0001-4b6e-9d21-5a0c1e7b3001", category: "INTRO", code: "INTRO-PHOTOSHOP",
                              name: "Photoshop introductory price", description: "Photoshop for teams at 299.00 USD",
                              startDate: from, endDate: until,
                              qualification: .init(baseOfferIds: ["65304522CA01A12"]),
                              outcomes: [.init(type: "FIXED_PRICE",
                                               discountValues: [.init(country: "US", currency: "USD", value: 299)])]),
            AdobeFlexDiscount(id: "7f3c2a10-0002-4b6e-9d21-5a0c1e7b3002", category: "STANDARD", code: "ACROBAT-20-OFF",
                              name: "Acrobat 20 off", description: "20.00 USD off Acrobat Pro for teams",
                              startDate: from, endDate: until,
                              qualification: .init(baseOfferIds: ["65304520CA01A12"]),
                              outcomes: [.init(type: "FIXED_DISCOUNT",
                                               discountValues: [.init(country: "US", currency: "USD", value: 20)])]),
            AdobeFlexDiscount(id: "7f3c2a10-0003-4b6e-9d21-5a0c1e7b3003", category: "STANDARD", code: "SPRING-10",
                              name: "Spring 10%", description: "10% off every product", startDate: from,
                              endDate: now.addingTimeInterval(10 * day),
                              outcomes: [.init(type: "PERCENTAGE_DISCOUNT", discountValues: [.init(value: 10)])]),
        ]
    }

    static func customers(now: Date) -> [AdobeCustomer] {
        let since = now.addingTimeInterval(-400 * 24 * 3600)
        return [
            AdobeCustomer(externalReferenceId: "NW-0042", resellerId: resellerID, customerId: demoCustomerID,
                          companyProfile: .init(companyName: "Northwind Creative Ltd", preferredLanguage: "en-US",
                                                marketSegment: "COM",
                                                address: .init(country: "US", region: "WA", city: "Redmond",
                                                               addressLine1: "12 Quarry Lane", addressLine2: "Suite 4",
                                                               postalCode: "98052", phoneNumber: "425-555-0100"),
                                                contacts: [.init(firstName: "Mira", lastName: "Holt",
                                                                 email: "mira.holt@northwind.example",
                                                                 phoneNumber: "425-555-0101")]),
                          status: AdobeStatus.complete, creationDate: since, deployments: [
                              AdobeDeployment(deploymentId: "12345", country: "US", status: AdobeStatus.complete,
                                              creationDate: since),
                              AdobeDeployment(deploymentId: "67890", country: "GB", status: AdobeStatus.complete,
                                              creationDate: since),
                          ]),
            AdobeCustomer(resellerId: resellerID, customerId: "1005550001",
                          companyProfile: .init(companyName: "Contoso Design Studio", preferredLanguage: "en-US",
                                                marketSegment: "COM",
                                                address: .init(country: "US", region: "OR", city: "Portland",
                                                               addressLine1: "480 Alder Street", postalCode: "97205",
                                                               phoneNumber: "503-555-0140"),
                                                contacts: [.init(firstName: "Ben", lastName: "Otero",
                                                                 email: "ben.otero@contoso.example",
                                                                 phoneNumber: "503-555-0141")]),
                          status: AdobeStatus.complete, creationDate: since),
        ]
    }

    /// An order template: (id, customer, type, status, age in hours, reference, lines as (offer, quantity)).
    private typealias Template = (id: String, customer: String, type: AdobeOrderType, status: String,
                                  ageHours: Double, reference: String, lines: [(String, Int)])

    private static let templates: [Template] = [
        ("5000000001", demoCustomerID, .new, AdobeStatus.complete, 24 * 40, "",
         [("65304520CA01A12", 10), ("65322651CA01A12", 2)]),
        ("5000000002", demoCustomerID, .new, AdobeStatus.complete, 24 * 20, "", [("65304522CA01A12", 3)]),
        ("5000000003", demoCustomerID, .new, AdobeStatus.complete, 24 * 3, "",
         [("65304768CA01A12", 5), ("65304520CA01A12", 2)]),
        ("5000000004", demoCustomerID, .new, AdobeStatus.failed, 24 * 10, "", [("80004567EA01A12", 1)]),
        ("5000000005", demoCustomerID, .new, AdobeStatus.cancelled, 24 * 8, "", [("65304522CA01A12", 1)]),
        ("5000000006", demoCustomerID, .return, AdobeStatus.complete, 24 * 7, "5000000005",
         [("65304522CA01A12", 1)]),
        ("5000000007", demoCustomerID, .renewal, AdobeStatus.complete, 24 * 5, "", [("65304520CA01A12", 10)]),
        ("5000000008", demoCustomerID, .new, "1024", 24 * 2, "", [("65322651CA01A12", 1)]),
        ("5000000009", demoCustomerID, .new, AdobeStatus.pending, 2.5, "", [("65304520CA01A12", 4)]),
        ("5000000010", "1005550001", .new, AdobeStatus.complete, 24 * 12, "", [("65304520CA01A12", 3)]),
    ]

    static let firstFreeOrderNumber = 5_100_000_001
    /// Subscriptions made by `POST …/subscriptions` are numbered from here (`S9000000001`).
    static let firstScheduledSubscriptionNumber = 9_000_000_001

    /// Seeded orders by id; the pending one stays pending for six hours, so that a stuck
    /// order is there for on-call checks. The renewal is Adobe's automatic one (`System`).
    static func orders(now: Date) -> [String: AdobeOrder] {
        var orders: [String: AdobeOrder] = [:]
        for (index, template) in templates.enumerated() {
            let created = now.addingTimeInterval(-template.ageHours * 3600)
            let lines = template.lines.enumerated().map { position, line in
                AdobeLineItem(extLineItemNumber: position + 1, offerId: line.0, quantity: line.1, currencyCode: "USD",
                              subscriptionId: template.status == AdobeStatus.pending || AdobeStatus.failures.contains(template.status)
                                  ? "" : "S\(template.id)L\(position + 1)",
                              status: template.status,
                              returnedQuantity: template.status == AdobeStatus.cancelled ? line.1 : 0)
            }
            let pending = template.status == AdobeStatus.pending
            orders[template.id] = AdobeOrder(
                orderId: template.id, customerId: template.customer, externalReferenceId: "PO-\(1000 + index)",
                orderType: template.type, referenceOrderId: template.reference, currencyCode: "USD",
                creationDate: created, status: template.status, lineItems: lines,
                source: template.type == .renewal ? "System" : "API",
                settlesAt: pending ? created.addingTimeInterval(6 * 3600) : nil,
                outcome: pending ? AdobeStatus.complete : nil)
        }
        return orders
    }
}
