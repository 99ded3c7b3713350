import OrderKit

/// Forms and operations as providers describe them, for reducer tests and golden screens.
public enum FormFixtures {
    public static let appxiteOffer = Offer(id: "MS-365-BB", name: "Microsoft 365 Business Basic",
                                           price: Money(amount: 6, currency: "EUR"), billing: "monthly")

    /// An Appxite item form: quantity, billing cycle and location by their form-data keys.
    public static let appxiteLine = LineForm(quantityKey: "quantityBox1", fields: [
        CustomField(name: "Quantity", value: "1", kind: .number, key: "quantityBox1", required: true,
                    minimum: 1, maximum: 300),
        CustomField(name: "Billing cycle", value: "P-M", kind: .choice, key: "ChargePeriod.pricingFrequency",
                    required: true, choices: [.init(id: "P-M", label: "Monthly, 1-month term"),
                                              .init(id: "P-A", label: "Annual, 1-year term")]),
        CustomField(name: "Data centre", value: "11", kind: .choice, key: "dataCenterLocation",
                    choices: [.init(id: "11", label: "West Europe"), .init(id: "12", label: "North Europe")]),
    ])

    /// Adobe's return: one quantity per line, bounded by what is left to return.
    public static let adobeReturn = OrderOperation(
        id: "return", title: "Return lines", summary: "Return licences bought in the last 14 days for a refund.",
        hasForm: true, previews: true, warning: ["Returned licences are removed from the customer at once."])

    public static let returnFields = [
        CustomField(name: "Acrobat Pro", value: "0", kind: .number, key: "1", minimum: 0, maximum: 3,
                    hint: "3 remaining"),
        CustomField(name: "Photoshop", value: "0", kind: .number, key: "2", minimum: 0, maximum: 1,
                    hint: "1 remaining"),
    ]

    public static let notes = OrderOperation(id: "notes", title: "Edit notes", summary: "Notes for your team on this order.",
                                             hasForm: true, confirms: false)

    public static let approve = OrderOperation(id: "approve", title: "Approve",
                                               summary: "Approve the order so provisioning starts.")
}
