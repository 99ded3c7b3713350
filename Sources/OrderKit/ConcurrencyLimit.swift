/// Lets at most `limit` pieces of work run at once; the rest wait their turn, first come,
/// first served.
///
/// Why: a sweep over a thousand orders should keep a few connections busy, not open a
/// thousand and be throttled by the provider. Each account gets one, sized by its
/// `concurrency` setting.
public actor ConcurrencyLimit {
    public let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(_ limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `work` once fewer than `limit` others are running.
    public nonisolated func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await work()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        guard running >= limit else {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
