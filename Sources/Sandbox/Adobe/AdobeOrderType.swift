/// The order types the sandbox takes; SWITCH and TRANSFER (and their previews) are refused.
enum AdobeOrderType: String, Sendable, CaseIterable {
    case new = "NEW"
    case preview = "PREVIEW"
    case `return` = "RETURN"
    case renewal = "RENEWAL"
    case previewRenewal = "PREVIEW_RENEWAL"

    /// A preview prices an order and stores nothing.
    var isPreview: Bool { self == .preview || self == .previewRenewal }

    /// Orders that buy something, and may therefore be returned within 14 days.
    var isReturnable: Bool { self == .new || self == .renewal }
}
