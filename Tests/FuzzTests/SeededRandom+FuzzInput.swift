@testable import Sandbox

/// The sandbox's SplitMix64, seeded per fuzz input: every input can be regenerated from
/// the run's seed, the target and the input's index alone.
extension SeededRandom {
    init(seed: UInt64, target: String, index: Int) {
        var mixed = seed
        for byte in target.utf8 { mixed = (mixed ^ UInt64(byte)) &* 0x100_0000_01b3 }
        self.init(seed: mixed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
    }
}
