import OrderKit
import OrderFixtures
import Testing

@Suite struct ConcurrencyLimitTests {
    @Test func neverRunsMoreThanItsLimitAndRunsEverything() async throws {
        let limit = ConcurrencyLimit(3)
        let tally = ConcurrencyTally()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await limit.run {
                        await tally.begin()
                        try await Task.sleep(for: .milliseconds(5))
                        await tally.end()
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(await tally.most == 3)
        #expect(await tally.done == 20)
    }

    @Test func aFailureFreesItsPlace() async throws {
        struct Refused: Error {}
        let limit = ConcurrencyLimit(1)
        await #expect(throws: Refused.self) { try await limit.run { throw Refused() } }
        #expect(try await limit.run { 7 } == 7)
    }
}
