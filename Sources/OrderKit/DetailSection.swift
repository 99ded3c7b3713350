/// A provider's own facts about an order, for the detail view: Adility vouchers, Adobe
/// subscription ids and per-line deployment, MPT audit timeline, prices and notes.
///
/// Providers hand over labelled text rather than new model types, so the console shows
/// any provider's extras without knowing them.
public struct DetailSection: Sendable, Codable, Hashable {
    public struct Row: Sendable, Codable, Hashable {
        public enum Tone: String, Sendable, Codable, Hashable {
            case normal
            /// Needs the user's attention (a parameter to fix, a voucher about to expire).
            case warning
            case failure
            case success
        }

        public var label: String
        public var value: String
        public var tone: Tone

        public init(_ label: String, _ value: String, tone: Tone = .normal) {
            self.label = label
            self.value = value
            self.tone = tone
        }
    }

    public var title: String
    public var rows: [Row]

    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}
