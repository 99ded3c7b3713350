import Synchronization

/// Numbers the varied answers, so each draws its own variation from the seed.
final class AnswerCounter: Sendable {
    private let count = Atomic<UInt64>(0)

    func next() -> UInt64 { count.add(1, ordering: .relaxed).newValue }
}
