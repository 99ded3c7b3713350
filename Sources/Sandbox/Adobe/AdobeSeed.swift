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

    static func customers(now: Date) -> [AdobeCustomer] {
        let since = now.addingTimeInterval(-400 * 24 * 3600)
        return [
            AdobeCustomer(resellerId: resellerID, customerId: demoCustomerID,
                          companyProfile: .init(companyName: "Northwind Creative Ltd", preferredLanguage: "en-US",
                                                marketSegment: "COM"),
                          status: AdobeStatus.complete, creationDate: since, deployments: [
                              AdobeDeployment(deploymentId: "12345", country: "US", status: AdobeStatus.complete,
                                              creationDate: since),
                              AdobeDeployment(deploymentId: "67890", country: "GB", status: AdobeStatus.complete,
                                              creationDate: since),
                          ]),
            AdobeCustomer(resellerId: resellerID, customerId: "1005550001",
                          companyProfile: .init(companyName: "Contoso Design Studio", preferredLanguage: "en-US",
                                                marketSegment: "COM"),
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

    /// Seeded orders by id; the pending one stays pending for six hours, so that a stuck
    /// order is there for on-call checks.
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
                settlesAt: pending ? created.addingTimeInterval(6 * 3600) : nil,
                outcome: pending ? AdobeStatus.complete : nil)
        }
        return orders
    }
}
