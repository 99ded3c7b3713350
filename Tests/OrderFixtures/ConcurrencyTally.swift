/// Counts pieces of work running at once, and the most there ever were, for tests of
/// concurrency bounds.
public actor ConcurrencyTally {
    public private(set) var running = 0
    public private(set) var most = 0
    public private(set) var done = 0

    public init() {}

    public func begin() {
        running += 1
        most = max(most, running)
    }

    public func end() {
        running -= 1
        done += 1
    }
}
