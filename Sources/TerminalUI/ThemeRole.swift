import OrderKit

/// What a piece of the screen is, so a theme can colour it; raw values are the keys of
/// a theme file's `[styles]` table.
public enum ThemeRole: String, CaseIterable, Sendable {
    case text, dim, header
    case headerWarning = "header_warning"
    case border
    case borderFocused = "border_focused"
    case title, selected
    case selectedUnfocused = "selected_unfocused"
    case statusBar = "status_bar"
    case keyHint = "key_hint"
    case toastInfo = "toast_info"
    case toastError = "toast_error"
    case modal
    case modalTitle = "modal_title"
    case button
    case buttonSelected = "button_selected"
    case warning
    case cart, draft
    case awaitingApproval = "awaiting_approval"
    case processing, completed, failed, cancelled, expired, unknown

    /// The role that colours an order or item in a phase.
    public static func phase(_ phase: Phase) -> ThemeRole {
        switch phase {
        case .cart: .cart
        case .draft: .draft
        case .awaitingApproval: .awaitingApproval
        case .processing: .processing
        case .completed: .completed
        case .failed: .failed
        case .cancelled: .cancelled
        case .expired: .expired
        case .unknown: .unknown
        }
    }
}
