import OrderKit
import OrderFixtures
import Testing

@Suite struct OrderSweepTests {
    @Test func answersInTheOrderAskedWithAtMostTheConcurrencyInFlight() async {
        let tally = ConcurrencyTally()
        let ids = (0..<40).map { "order-\($0)" }
        let answers = await OrderSweep.lookUp(ids, concurrency: 4) { id in
            await tally.begin()
            try? await Task.sleep(for: .milliseconds(id.hasSuffix("3") ? 8 : 1))
            await tally.end()
            return id.uppercased()
        }
        #expect(answers == ids.map { $0.uppercased() })
        #expect(await tally.most == 4)
    }
}
