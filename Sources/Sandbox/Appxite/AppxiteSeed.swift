import Foundation

/// The data a fresh sandbox starts with: the catalog (the first offer and its monthly
/// pricing are the seed document's example ids), the organizations a caller may act on
/// behalf of, and orders in every status, dated relative to the sandbox clock's start.
enum AppxiteSeed {
    static let demoOrganization = "8c1f4a52-93d7-4e0b-b6a1-2f5d7c9e0a13"
    static let otherOrganization = "e47b2d90-1c6f-4a38-9d25-7b0e3f8a6c54"
    /// An organization served as a real account is: `GET /products` answers 404 (the
    /// reference publishes no catalog), so its lines are typed from the portal's keys.
    static let portalOrganization = "5b9e0c3a-2d71-4f6e-a8c4-91d3e7b0f256"
    static let organizations = [demoOrganization, otherOrganization, portalOrganization]

    private static let locations = AppxiteOffer.Field(key: "dataCenterLocation", label: "Data centre location", options: [
        .init(id: 1, name: "Frankfurt (DE)"), .init(id: 2, name: "Amsterdam (NL)"), .init(id: 3, name: "Stockholm (SE)"),
    ])
    private static let tiers = AppxiteOffer.Field(key: "licenseTier", label: "License tier", options: [
        .init(id: 1, name: "Standard"), .init(id: 2, name: "Advanced"),
    ])
    private static let commitments = AppxiteOffer.Field(key: "commitmentPeriod", label: "Commitment period", options: [
        .init(id: 12, name: "1 year"), .init(id: 36, name: "3 years"),
    ])

    static let offers: [AppxiteOffer] = [
        AppxiteOffer(id: "3d800b57-0958-4d86-a6a6-144243908f4f", name: "Microsoft 365 Business Standard",
                     vendor: "Microsoft", currency: "EUR", manualApproval: false,
                     form: .init(quantityKey: "quantityBox1", minQuantity: 1, maxQuantity: 300, chargePeriods: [
                         .init(offerRulePricingId: "57066ba2-04e7-4610-8517-cff8d1953104", pricingFrequency: "Monthly",
                               offerRuleFrequency: "Monthly", offerRuleCustomFrequencyMonths: 1,
                               price: Decimal(string: "12.50")!),
                         .init(offerRulePricingId: "b2f0c3d4-6a7e-4f81-9c02-5d3e8a1b7c60", pricingFrequency: "Monthly",
                               offerRuleFrequency: "Annual", offerRuleCustomFrequencyMonths: 12,
                               price: Decimal(string: "10.40")!),
                     ], fields: [])),
        AppxiteOffer(id: "a61c9e27-5d34-4b8f-8e10-c4b7f2d90e35", name: "Acronis Cyber Protect Cloud",
                     vendor: "Acronis", currency: "EUR", manualApproval: false,
                     form: .init(quantityKey: "quantityBox1", minQuantity: 1, maxQuantity: 1000, chargePeriods: [
                         .init(offerRulePricingId: "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b", pricingFrequency: "Monthly",
                               offerRuleFrequency: "Monthly", offerRuleCustomFrequencyMonths: 1,
                               price: Decimal(string: "6.90")!),
                     ], fields: [locations, tiers])),
        AppxiteOffer(id: "f0b3a8d1-7c2e-4d95-a6f4-3e1b9c8d2a70", name: "IBM Maximo custom integration",
                     vendor: "IBM", currency: "EUR", manualApproval: true,
                     form: .init(quantityKey: "quantityBox2", minQuantity: 1, maxQuantity: 50, chargePeriods: [
                         .init(offerRulePricingId: "7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a", pricingFrequency: "Annual",
                               offerRuleFrequency: "Annual", offerRuleCustomFrequencyMonths: 12,
                               price: Decimal(string: "1450.00")!),
                     ], fields: [commitments])),
        AppxiteOffer(id: "c5e2f7a9-8b1d-4c36-b0e4-6a9d3f2c1b87", name: "Veeam Backup for Microsoft 365",
                     vendor: "Veeam", currency: "EUR", manualApproval: false,
                     form: .init(quantityKey: "quantityBox1", minQuantity: 1, maxQuantity: 500, chargePeriods: [
                         .init(offerRulePricingId: "4b3a2f1e-0d9c-4b8a-a7f6-e5d4c3b2a190", pricingFrequency: "Monthly",
                               offerRuleFrequency: "Monthly", offerRuleCustomFrequencyMonths: 1,
                               price: Decimal(string: "2.40")!),
                     ], fields: [locations])),
        AppxiteOffer(id: "9e4d7a18-2b6c-4f05-8d3a-71c0e5b94f26", name: "Azure Virtual Desktop reserved capacity",
                     vendor: "Microsoft", currency: "EUR", manualApproval: false,
                     form: .init(quantityKey: "quantityBox1", minQuantity: 1, maxQuantity: 200, chargePeriods: [
                         .init(offerRulePricingId: "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", pricingFrequency: "Monthly",
                               offerRuleFrequency: "Annual", offerRuleCustomFrequencyMonths: 12,
                               price: Decimal(string: "31.20")!),
                         .init(offerRulePricingId: "d8c7b6a5-9f0e-4d1c-b2a3-948576a6b7c8", pricingFrequency: "Annual",
                               offerRuleFrequency: "Annual", offerRuleCustomFrequencyMonths: 36,
                               price: Decimal(string: "336.00")!),
                     ], fields: [locations, commitments, tiers])),
    ]

    static func offer(_ id: String) -> AppxiteOffer? { offers.first { $0.id == id } }

    /// A valid `FormData` for `offer`: its first charge period and the first option of every field.
    static func formData(_ offer: AppxiteOffer, quantity: Int) -> [String: AppxiteFormValue] {
        let period = offer.form.chargePeriods[0]
        var form: [String: AppxiteFormValue] = [
            offer.form.quantityKey: .integer(quantity),
            AppxiteOffer.chargePeriodKey: .object([
                "offerId": .string(offer.id), "offerRulePricingId": .string(period.offerRulePricingId),
                "pricingFrequency": .string(period.pricingFrequency),
                "offerRuleFrequency": .string(period.offerRuleFrequency),
                "offerRuleCustomFrequencyMonths": .integer(period.offerRuleCustomFrequencyMonths),
            ]),
        ]
        for field in offer.form.fields { form[field.key] = .integer(field.options[0].id) }
        return form
    }

    /// An order template: (number, organization, status, age in hours, items as (offer index,
    /// quantity, item status when it differs from the order's)).
    private typealias Template = (number: Int, organization: String, status: String, ageHours: Double,
                                  items: [(offer: Int, quantity: Int, status: String?)])

    private static let templates: [Template] = [
        (100001, demoOrganization, AppxiteStatus.provisionFinished, 24 * 40, [(0, 25, nil), (3, 25, nil)]),
        (100002, demoOrganization, AppxiteStatus.provisionFinished, 24 * 12,
         [(1, 40, nil), (0, 5, AppxiteStatus.cancelled)]),
        (100003, demoOrganization, AppxiteStatus.provisionFailed, 6, [(1, 10, nil)]),
        (100004, demoOrganization, AppxiteStatus.provisionStarted, 2.5, [(0, 12, nil)]),
        (100005, demoOrganization, AppxiteStatus.awaitingApproval, 30, [(2, 2, nil)]),
        (100006, demoOrganization, AppxiteStatus.cancelled, 24 * 20, [(3, 8, AppxiteStatus.cancelled)]),
        (100007, demoOrganization, AppxiteStatus.cart, 3, [(0, 10, nil), (1, 10, nil)]),
        (100008, otherOrganization, AppxiteStatus.provisionFinished, 24 * 5, [(0, 3, nil)]),
    ]

    static let firstFreeOrderNumber = 100009

    /// Seeded orders by id; the provisioning one stays so for hours, so that a stuck order
    /// is there for on-call checks.
    static func orders(now: Date) -> [String: AppxiteOrder] {
        var orders: [String: AppxiteOrder] = [:]
        for template in templates {
            let id = "AX-\(template.number)"
            let createdAt = now.addingTimeInterval(-template.ageHours * 3600)
            let items = template.items.enumerated().map { index, line -> AppxiteItem in
                let offer = offers[line.offer]
                let status = line.status ?? template.status
                let provisioned = [AppxiteStatus.provisionFinished, AppxiteStatus.cancelled].contains(status)
                let itemID = "seed-\(template.number)-\(index + 1)"
                return AppxiteItem(id: itemID, offerID: offer.id, offerName: offer.name, quantity: line.quantity,
                                   unitPrice: offer.form.chargePeriods[0].price,
                                   pricingFrequency: offer.form.chargePeriods[0].pricingFrequency,
                                   formData: formData(offer, quantity: line.quantity), status: status,
                                   subscriptionID: provisioned ? "SUB-\(itemID)" : nil,
                                   subscriptionStatus: provisioned ? (status == AppxiteStatus.cancelled ? "disabled" : "active") : nil)
            }
            let provisioning = template.status == AppxiteStatus.provisionStarted
            orders[id] = AppxiteOrder(
                id: id, organizationID: template.organization, status: template.status, createdAt: createdAt,
                currency: "EUR", items: items, scheduledFor: nil,
                provisionAt: provisioning ? createdAt.addingTimeInterval(6 * 3600) : nil, provisionFails: false,
                statusMessage: template.status == AppxiteStatus.provisionFailed
                    ? "The vendor refused provisioning: the tenant's data-centre quota is exhausted." : nil)
        }
        return orders
    }
}
