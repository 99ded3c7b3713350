import ConsoleModel
import Foundation
import Testing

/// The refresh deadline the console loop sleeps towards: armed by the interval the state
/// wants, due once per interval, and silent while paused. Time is passed in, so nothing waits.
@Suite struct RefreshSchedulerTests {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func dueOncePerIntervalFromWhenItWasArmed() {
        var scheduler = RefreshScheduler(jitter: 1...1)
        scheduler.update(interval: 30, now: start)
        #expect(scheduler.due == start.addingTimeInterval(30))
        let early = scheduler.takeDue(now: start.addingTimeInterval(29.9))
        let onTime = scheduler.takeDue(now: start.addingTimeInterval(30.2))
        let again = scheduler.takeDue(now: start.addingTimeInterval(30.3))
        #expect(!early)
        #expect(onTime)
        #expect(!again, "one refresh per interval")
        #expect(scheduler.due == start.addingTimeInterval(60.2))
    }

    @Test func anUnchangedIntervalKeepsItsDeadlineAndANewOneRearms() {
        var scheduler = RefreshScheduler(jitter: 1...1)
        scheduler.update(interval: 30, now: start)
        scheduler.update(interval: 30, now: start.addingTimeInterval(20))
        #expect(scheduler.due == start.addingTimeInterval(30))
        scheduler.update(interval: 2, now: start.addingTimeInterval(20))
        #expect(scheduler.due == start.addingTimeInterval(22))
        #expect(scheduler.interval == 2)
    }

    @Test func pausedItIsNeverDue() {
        var scheduler = RefreshScheduler(jitter: 1...1)
        scheduler.update(interval: 2, now: start)
        scheduler.update(interval: nil, now: start)
        #expect(scheduler.due == nil)
        let due = scheduler.takeDue(now: start.addingTimeInterval(3600))
        #expect(!due)
    }

    @Test func jitterKeepsEachWaitWithinItsRange() {
        var scheduler = RefreshScheduler()
        for round in 0..<200 {
            scheduler.update(interval: nil, now: start)
            scheduler.update(interval: 10, now: start)
            let wait = scheduler.due!.timeIntervalSince(start)
            #expect(wait >= 10 && wait <= 11, "round \(round): \(wait)")
        }
    }
}
