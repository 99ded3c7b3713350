import Foundation

/// One measured figure at one size: its samples, and the budget it is held to.
struct Figure {
    var name: String
    /// Cached orders the figure was measured with, nil when size does not apply.
    var orders: Int?
    var samples: [Double]
    var unit: String
    var budget: Budget?

    /// What a figure must stay within: a statistic of its samples and a limit.
    struct Budget {
        enum Statistic: String { case median, p99 }
        var statistic: Statistic
        var limit: Double
        var atMost = true
        /// Whether the budget applies at this size (most are stated for 100k orders).
        var appliesAt: Int?

        func text(unit: String) -> String {
            let sign = atMost ? "≤" : "≥"
            let stat = statistic == .median ? "" : "\(statistic.rawValue) "
            return "\(stat)\(sign) \(Figure.format(limit)) \(unit)" + (appliesAt.map { " at \($0 / 1000)k" } ?? "")
        }
    }

    func quantile(_ q: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(sorted.count - 1, low + 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    var median: Double { quantile(0.5) }

    /// "ok", "MISSED", or "" where no budget applies at this size or the build is a debug one.
    var verdict: String {
        #if DEBUG
        return ""
        #else
        guard let budget, budget.appliesAt == nil || budget.appliesAt == orders else { return "" }
        let value = budget.statistic == .median ? median : quantile(0.99)
        return (budget.atMost ? value <= budget.limit : value >= budget.limit) ? "ok" : "MISSED"
        #endif
    }

    /// One line: name, size, median, spread (p10–p90) and sample count, p99 and maximum where
    /// the p99 is budgeted, budget, verdict.
    var line: String {
        let size = orders.map { "\($0 / 1000)k" } ?? "–"
        var text = pad(name, 46) + pad(size, 6) + pad("\(Self.format(median)) \(unit)", 14)
            + pad("[\(Self.format(quantile(0.1)))–\(Self.format(quantile(0.9)))] n=\(samples.count)", 24)
        let tail = budget?.statistic == .p99 ? "p99 \(Self.format(quantile(0.99))) max \(Self.format(quantile(1)))" : ""
        text += pad(tail, 20)
        if let budget { text += pad(budget.text(unit: unit), 24) + verdict }
        return text
    }

    static func format(_ value: Double) -> String {
        if value.isNaN { return "–" }
        if abs(value) >= 100 { return String(format: "%.0f", value) }
        if abs(value) >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
