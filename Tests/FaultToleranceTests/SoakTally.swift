/// How many operations of each kind the soak ran, and how many of them failed.
struct SoakTally {
    private var runs: [String: (ok: Int, failed: Int)] = [:]

    mutating func count(_ succeeded: Bool, as kind: String) {
        var entry = runs[kind, default: (0, 0)]
        if succeeded { entry.ok += 1 } else { entry.failed += 1 }
        runs[kind] = entry
    }

    var summary: String {
        runs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.ok) ok, \($0.value.failed) failed" }
            .joined(separator: "; ")
    }
}
