import Synchronization

/// The variations in force, changeable while the sandbox runs (`/_sandbox/variations`), and
/// the count of varied answers, so each answer draws its own variation from the seed.
public final class VariationState: Sendable {
    public static let controlPath = "/_sandbox/variations"
    private let state: Mutex<(variations: SandboxVariations, answers: UInt64)>

    init(_ variations: SandboxVariations) {
        state = Mutex((variations, 0))
    }

    public var variations: SandboxVariations { state.withLock { $0.variations } }

    public func set(_ variations: SandboxVariations) {
        state.withLock { $0 = (variations, 0) }
    }

    /// The variations for the next answer and its number, or nil when they are off.
    func nextAnswer() -> (variations: SandboxVariations, number: UInt64)? {
        state.withLock { state in
            guard state.variations.enabled else { return nil }
            state.answers += 1
            return (state.variations, state.answers)
        }
    }
}
