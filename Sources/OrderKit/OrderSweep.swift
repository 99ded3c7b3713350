/// Looks up many orders at once — at most `concurrency` at a time, over the account's pooled
/// connections — and answers in the order the ids were given.
///
/// Why: `ordercon status` over a thousand ids is a sweep an on-call script runs often; one
/// request after another wastes the round trips, and a thousand at once gets throttled.
public enum OrderSweep {
    public static func lookUp<Key: Sendable, Answer: Sendable>(_ ids: [Key], concurrency: Int,
                                                               _ lookUp: @escaping @Sendable (Key) async -> Answer) async -> [Answer] {
        await withTaskGroup(of: (Int, Answer).self) { group in
            var answers = [Answer?](repeating: nil, count: ids.count)
            var next = 0
            func start() {
                let index = next
                next += 1
                group.addTask { (index, await lookUp(ids[index])) }
            }
            while next < min(max(1, concurrency), ids.count) { start() }
            while let (index, answer) = await group.next() {
                answers[index] = answer
                if next < ids.count { start() }
            }
            return answers.map { $0! }
        }
    }
}
