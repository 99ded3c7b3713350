import Foundation

/// How a provider's vendor answers an order it was asked to carry out: after
/// `SandboxOptions.executionSeconds` on the sandbox clock, failing for
/// `SandboxOptions.failureRate` of the orders.
///
/// The answer is drawn when the order starts, from a generator seeded with
/// `SandboxOptions.seed`, so that a sandbox started with the same seed fails the same
/// orders; the book settles it when the clock passes `due`. The generator is the book's
/// only one, and the book draws from it for its other chances too (a tenant id, an
/// outcome among failures), in the order it always has.
struct Fulfilment: Sendable {
    let seconds: TimeInterval
    let failureRate: Double
    var random: SeededRandom

    init(options: SandboxOptions) {
        seconds = options.executionSeconds
        failureRate = options.failureRate
        random = SeededRandom(seed: options.seed)
    }

    /// Starts carrying out an order at `date`: when the vendor answers, and whether that
    /// answer is a failure.
    mutating func start(at date: Date) -> (due: Date, fails: Bool) {
        (date.addingTimeInterval(seconds), random.chance(failureRate))
    }
}
