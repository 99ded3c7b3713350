import OrderKit

/// An Adobe order or order-line status code, as the reference's status table gives it
/// (`references/error-handling.md`, the table at its top): what it means, in our words, and
/// the phase it puts the order in. Adobe sends only the code, so every screen takes its
/// words from here, never from the code's text.
///
/// 1010, 1012 and 1014 are account states in that table; Adobe says a more telling code may
/// stand in for 1004, so an order in one of them is read as failed for that reason.
enum AdobeOrderStatus: String, CaseIterable, Sendable {
    case complete = "1000"
    case pending = "1002"
    case failed = "1004"
    case cancelled = "1008"
    case addressInvalid = "1010"
    case accountBlocked = "1012"
    case accountExists = "1014"
    case distributorInactive = "1020"
    case resellerInactive = "1022"
    case customerInactive = "1024"
    case customerIDInvalid = "1026"

    /// What a code the table does not give is called beside it.
    static let unknownMeaning = "unknown code"

    var meaning: String {
        switch self {
        case .complete: "complete"
        case .pending: "pending"
        case .failed: "failed"
        case .cancelled: "cancelled"
        case .addressInvalid: "failed: account address invalid"
        case .accountBlocked: "failed: account blocked"
        case .accountExists: "failed: account already exists"
        case .distributorInactive: "failed: distributor inactive"
        case .resellerInactive: "failed: reseller inactive"
        case .customerInactive: "failed: customer inactive"
        case .customerIDInvalid: "failed: customer ID invalid"
        }
    }

    var phase: Phase {
        switch self {
        case .complete: .completed
        case .pending: .processing
        case .cancelled: .cancelled
        default: .failed
        }
    }

    /// The meaning of any status Adobe sends: the table's, "unknown code" for one it does
    /// not list, nil for none at all (an empty status is shown as unknown on its own).
    static func meaning(of code: String) -> String? {
        code.isEmpty ? nil : Self(rawValue: code)?.meaning ?? unknownMeaning
    }

    /// The phase of any status: the table's; an unlisted code in the failure range 1010–1026
    /// failed; anything else `unknown`, never an error.
    static func phase(of code: String) -> Phase {
        if let status = Self(rawValue: code) { return status.phase }
        guard let number = Int(code), (1010...1026).contains(number) else { return .unknown }
        return .failed
    }
}
