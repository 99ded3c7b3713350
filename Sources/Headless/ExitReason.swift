import OrderKit

/// What a headless command's exit code means: one table, shown by `--help` and the README,
/// so a script can tell "some of it was unreadable" from "the provider is down" from "fix
/// your config". The codes follow sysexits(3) where one fits.
///
/// `watch` (0 done, 1 failed, 2 gave up) and `check` (0–3, the monitoring-plugin
/// convention) keep their own documented meanings.
public enum ExitReason: Int32, CaseIterable, Sendable {
    case ok = 0
    /// Something was unreadable (an order, a page), the rest was printed.
    case partial = 1
    case usage = 64
    /// The provider's answer could not be read at all.
    case unreadableAnswer = 65
    case notFound = 66
    case unreachable = 69
    /// ordercon's own bug: never a provider's or the user's doing.
    case internalError = 70
    case refused = 76
    case credentials = 77

    /// What the code means, in a few words.
    public var meaning: String {
        switch self {
        case .ok: "ok"
        case .partial: "partial: something was unreadable, the rest was printed"
        case .usage: "usage or configuration error"
        case .unreadableAnswer: "the provider's answer could not be read at all"
        case .notFound: "not found"
        case .unreachable: "provider unreachable, failing or timing out"
        case .internalError: "ordercon's own bug (please report it)"
        case .refused: "refused by the provider"
        case .credentials: "credentials refused or not allowed"
        }
    }

    /// The code a provider error calls for.
    public init(_ error: OrderError) {
        self = switch error {
        case .unreachable, .timedOut, .serverFailure, .rateLimited, .notPlaced: .unreachable
        case .authenticationRefused, .forbidden: .credentials
        case .notFound: .notFound
        case .conflict, .rejected, .unsupported: .refused
        case .malformedResponse: .unreadableAnswer
        case .configuration: .usage
        case .unexpected: .internalError
        }
    }

    /// The table, one code a line, for `--help` and the README.
    public static var table: String {
        allCases.map { "  \(String($0.rawValue).padding(toLength: 3, withPad: " ", startingAt: 0)) \($0.meaning)" }
            .joined(separator: "\n")
    }

    /// Of two outcomes the one a script most needs to see: any failure over a partial
    /// read over success, and among failures the first one met.
    public func worst(_ other: ExitReason) -> ExitReason {
        if self == .ok { return other }
        if self == .partial, other != .ok { return other }
        return self
    }
}
