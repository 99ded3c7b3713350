import Foundation

/// How many inputs a run tries and from which seed, read from the environment so that
/// `scripts/fuzz` can run longer and a failure can be replayed:
///
///     FUZZ_COUNT=1000000 FUZZ_SEED=7 swift test -c release --filter FuzzTests
///     FUZZ_SEED=7 FUZZ_REPLAY=4711 swift test --filter FuzzTests   # one input, written to a file
struct FuzzSettings: Sendable {
    /// Inputs per target. The default keeps `swift test` (debug, two cores) under a minute;
    /// `.ci/run` then runs `scripts/fuzz` with 100 000 per target in release mode.
    var count: Int
    var seed: UInt64
    /// Runs only this input index, and writes the input to a file.
    var replay: Int?
    /// The longest one input may take before it counts as a hang.
    var inputTimeLimit: Duration

    static let defaultCount = 25_000
    static let defaultSeed: UInt64 = 20_261_123

    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> FuzzSettings {
        FuzzSettings(count: environment["FUZZ_COUNT"].flatMap { Int($0) } ?? defaultCount,
                     seed: environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? defaultSeed,
                     replay: environment["FUZZ_REPLAY"].flatMap { Int($0) },
                     inputTimeLimit: .seconds(environment["FUZZ_INPUT_SECONDS"].flatMap { Double($0) } ?? 2))
    }
}
