import Foundation
/// Answers that vary the way real providers' answers do, so the clients' tolerant reading
/// is exercised: keys in another casing (Appxite and white-label publish no casing),
/// numbers sent as text, optional fields sent as `null`, and one order per list page that
/// cannot be read (its id replaced by a list).
///
/// Written as `on` or `seed=N` (the `--variations` text); `off` (the default) answers
/// exactly as the books do.
public struct SandboxVariations: Sendable, Equatable, CustomStringConvertible {
    public var enabled: Bool
    public var seed: UInt64

    public init(enabled: Bool = false, seed: UInt64 = 1) {
        self.enabled = enabled
        self.seed = seed
    }

    public static let off = SandboxVariations()

    /// Parses `off`, `on` or `seed=N`.
    public init(parsing text: String) throws(SandboxVariationsSyntaxError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch trimmed {
        case "off", "none", "": self = .off
        case "on": self.init(enabled: true)
        default:
            guard trimmed.hasPrefix("seed="), let seed = UInt64(trimmed.dropFirst(5)) else {
                throw SandboxVariationsSyntaxError(text: text)
            }
            self.init(enabled: true, seed: seed)
        }
    }

    public var description: String { enabled ? "seed=\(seed)" : "off" }
}
