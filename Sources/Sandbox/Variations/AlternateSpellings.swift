import Foundation

/// Fields a provider's own reference spells in more than one way, so a real answer may carry
/// either: a varied answer sends the other spelling, and the client must read both.
///
/// Decided once per answer (half of them, by the seed and the answer's number), so an answer
/// never mixes spellings, and drawn apart from `AnswerVariation`'s other draws, so the answers
/// of a seed vary otherwise as they did before.
enum AlternateSpellings {
    /// The renames for one answer on `path` (below the provider's prefix): empty, or every
    /// field of that provider with another spelling.
    static func of(path: String, seed: UInt64, answer: UInt64) -> [String: String] {
        let renames = path.hasPrefix("/adobe/") ? AdobeOrder.Wire.otherSpellings : [:]
        guard !renames.isEmpty else { return [:] }
        var random = SeededRandom(seed: (seed ^ 0x5EED_5BE1) &* 1_000_033 &+ answer)
        return random.chance(0.5) ? renames : [:]
    }
}
