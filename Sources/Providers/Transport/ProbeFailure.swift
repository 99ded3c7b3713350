/// Why a step of `ConnectionProbe` failed, in words that follow what it tried to reach.
struct ProbeFailure: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
