import Foundation

/// A price-list month as `POST /v3/pricelist` names it (`YYYYMM`, UTC). Adobe publishes a
/// month's list at its start, so the client asks for the current month and, when that one
/// is not there yet, once for the month before.
struct AdobePriceListMonth: Hashable, Sendable {
    var year: Int
    var month: Int

    init(containing date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
    }

    init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    var previous: AdobePriceListMonth {
        month == 1 ? AdobePriceListMonth(year: year - 1, month: 12) : AdobePriceListMonth(year: year, month: month - 1)
    }

    var text: String {
        String(format: "%04d%02d", year, month)
    }
}
