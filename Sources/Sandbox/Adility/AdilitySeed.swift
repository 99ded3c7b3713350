import Foundation

/// The catalog and orders a fresh Adility sandbox starts with: offers of every type in
/// three cities, one sold out and one expired, and orders that are active, partly
/// redeemed and cancelled, dated relative to the sandbox clock's start.
enum AdilitySeed {
    static let offers: [AdilityOffer] = [
        offer("deal-sf-spa", "Half-price spa day", price: 45, value: 90, .deal, stock: 40, sanFrancisco),
        offer("deal-sf-dinner", "Three-course dinner for two", price: 35, value: 70, .deal, stock: 6, sanFrancisco),
        offer("deal-oak-climb", "Climbing gym day pass", price: 12, value: 24, .deal, stock: 100, oakland),
        offer("coupon-sf-pastry", "Free pastry with any coffee", price: 0, value: 4, .coupon, stock: 500, sanFrancisco),
        offer("gift-la-books", "Bookstore gift card", price: 50, value: 50, .giftCard, stock: 20, losAngeles,
              stockAsText: true),
        offer("deal-la-surf", "Two-hour surf lesson", price: 40, value: 80, .deal, stock: 0, losAngeles),
        offer("deal-ny-show", "Broadway matinee", price: 60, value: 120, .deal, stock: 10, newYork, status: "expired"),
    ]

    private static let sanFrancisco = (37.7749, -122.4194)
    private static let oakland = (37.8044, -122.2712)
    private static let losAngeles = (34.0522, -118.2437)
    private static let newYork = (40.7128, -74.0060)

    private static func offer(_ id: String, _ title: String, price: Decimal, value: Decimal,
                              _ type: AdilityOffer.Kind, stock: Int, _ place: (Double, Double),
                              status: String = AdilityOffer.active, stockAsText: Bool = false) -> AdilityOffer {
        AdilityOffer(id: id, title: title, price: price, value: value, type: type, quantityInStock: stock,
                     status: status, latitude: place.0, longitude: place.1, voucherValidityDays: 180,
                     stockAsText: stockAsText)
    }

    /// An order template: placed `ageHours` before the clock's start, then optionally one
    /// voucher redeemed by the consumer or the whole order cancelled.
    struct OrderTemplate {
        var orderNumber: String
        var customerName: String
        var ageHours: Double
        var lines: [(String, Int)]
        var redeemFirstVoucher = false
        var cancelled = false
    }

    static let orders: [OrderTemplate] = [
        OrderTemplate(orderNumber: "seed-0001", customerName: "Ada Lovelace", ageHours: 24 * 10,
                      lines: [("deal-sf-spa", 2)]),
        OrderTemplate(orderNumber: "seed-0002", customerName: "Grace Hopper", ageHours: 24 * 6,
                      lines: [("deal-oak-climb", 2)], redeemFirstVoucher: true),
        OrderTemplate(orderNumber: "seed-0003", customerName: "Alan Turing", ageHours: 24 * 3,
                      lines: [("gift-la-books", 1), ("deal-sf-dinner", 1)], cancelled: true),
        OrderTemplate(orderNumber: "seed-0004", customerName: "Katherine Johnson", ageHours: 5,
                      lines: [("coupon-sf-pastry", 2)]),
    ]

    static let firstOrderID = 100_001
    static let firstVoucherID = 500_001
}
