import OrderKit

/// A one-cell mark per phase, so status reads without colour too.
enum PhaseSymbol {
    static func of(_ phase: Phase) -> String {
        switch phase {
        case .cart, .draft: "·"
        case .awaitingApproval: "!"
        case .processing: "◐"
        case .completed: "✓"
        case .failed: "✗"
        case .cancelled: "–"
        case .expired: "×"
        case .unknown: "?"
        }
    }
}
