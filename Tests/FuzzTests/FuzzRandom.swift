/// SplitMix64: a tiny, fast generator whose whole state is one number, so that every fuzz
/// input can be regenerated from the run's seed and its index alone.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The generator for input `index` of `target` in a run seeded with `seed`.
    init(seed: UInt64, target: String, index: Int) {
        var mixed = seed
        for byte in target.utf8 { mixed = (mixed ^ UInt64(byte)) &* 0x100_0000_01b3 }
        self.init(seed: mixed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `share`.
    mutating func chance(_ share: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < share
    }
}
