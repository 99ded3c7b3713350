import Foundation
@testable import Sandbox
import Testing

/// The order book every sandbox provider keeps its orders in (`OrderBook`), the lock that
/// settles it on the sandbox clock (`ClockedState`) and the vendor's answer (`Fulfilment`),
/// tried on an order of their own rather than through one provider's routes.
@Suite struct OrderBookTests {
    /// The least an order can be: an id, a making date, and a step due once it is placed.
    struct Parcel: BookOrder, Equatable {
        var id: Int
        var createdAt: Date
        var status = "placed"
        var doneAt: Date?

        var nextStepAt: Date? { status == "placed" ? doneAt : nil }
    }

    struct Shelf {
        var parcels = OrderBook<Parcel>()
        var nextID = 1
        /// When each settled parcel fell due, in the order they were settled.
        var settled: [Date] = []
    }

    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    static func parcel(_ id: Int, minutesAgo: Double, doneIn seconds: TimeInterval? = nil) -> Parcel {
        Parcel(id: id, createdAt: start.addingTimeInterval(-minutesAgo * 60),
               doneAt: seconds.map { start.addingTimeInterval($0) })
    }

    @Test func findsStoresAndRemovesByID() {
        var book = OrderBook([Self.parcel(1, minutesAgo: 5), Self.parcel(2, minutesAgo: 1)])
        #expect(book[2]?.createdAt == Self.start.addingTimeInterval(-60))
        #expect(book[3] == nil)
        var changed = book[1]!
        changed.status = "cancelled"
        book.store(changed)
        #expect(book[1]?.status == "cancelled")
        #expect(book.first { $0.status == "cancelled" }?.id == 1)
        book[2] = nil
        #expect(book[2] == nil)
        #expect(book.all().map(\.id) == [1])
        #expect(!book.contains { $0.id == 2 })
    }

    @Test func listsNewestFirstWithTiesByHighestID() {
        let book = OrderBook([Self.parcel(1, minutesAgo: 10), Self.parcel(7, minutesAgo: 0), Self.parcel(3, minutesAgo: 0),
                              Self.parcel(5, minutesAgo: 30)])
        #expect(book.newestFirst().map(\.id) == [7, 3, 1, 5])
        #expect(book.newestFirst { $0.id != 7 }.map(\.id) == [3, 1, 5])
    }

    @Test func pagesCountFromOneAndEndEmpty() {
        let book = OrderBook((1...7).map { Self.parcel($0, minutesAgo: Double(10 - $0)) })
        #expect(book.page(1, size: 3).orders.map(\.id) == [7, 6, 5])
        #expect(book.page(3, size: 3).orders.map(\.id) == [1])
        #expect(book.page(3, size: 3).total == 7)
        #expect(book.page(4, size: 3).orders.isEmpty)
        #expect(book.page(4, size: 3).total == 7)
        #expect(book.page(1, size: 100).orders.count == 7)
        let odd = book.page(2, size: 2) { $0.id % 2 == 1 }
        #expect(odd.orders.map(\.id) == [3, 1])
        #expect(odd.total == 4)
    }

    @Test func dueOrdersComeEarliestFirstAndOnlyOnceDue() {
        var book = OrderBook([Self.parcel(1, minutesAgo: 3, doneIn: 30), Self.parcel(2, minutesAgo: 2, doneIn: 10),
                              Self.parcel(3, minutesAgo: 1, doneIn: 10), Self.parcel(4, minutesAgo: 0)])
        #expect(book.due(at: Self.start.addingTimeInterval(9)).isEmpty)
        #expect(book.due(at: Self.start.addingTimeInterval(10)).map(\.id) == [2, 3])
        #expect(book.due(at: Self.start.addingTimeInterval(3600)).map(\.id) == [2, 3, 1])
        book[2]?.status = "done"
        #expect(book.due(at: Self.start.addingTimeInterval(3600)).map(\.id) == [3, 1])
    }

    /// The settle step runs before every settled call, with the clock's now, and only then:
    /// a due order is final for the first reader after its time, never before, and due
    /// orders settle the earliest first, each told when it fell due.
    @Test func settlesOnTheSandboxClockBeforeEachCall() {
        let clock = ManualClock(Self.start)
        let parcels = OrderBook([Self.parcel(1, minutesAgo: 1, doneIn: 60), Self.parcel(2, minutesAgo: 1, doneIn: 90),
                                 Self.parcel(3, minutesAgo: 2, doneIn: 30)])
        let state = ClockedState(Shelf(parcels: parcels), clock: clock) { shelf, now in
            OrderBook.settleDue(\.parcels, in: &shelf, now: now) { parcel, due, shelf in
                parcel.status = "done"
                shelf.settled.append(due)
            }
        }
        #expect(state.settled { shelf, now in now == Self.start && shelf.parcels[1]?.status == "placed" })
        clock.advance(by: 59)
        #expect(state.settled { shelf, _ in shelf.parcels[1]?.status } == "placed")
        clock.advance(by: 1)
        #expect(state.unsettled { $0.parcels[1]?.status } == "placed")
        #expect(state.settled { shelf, _ in shelf.parcels[1]?.status } == "done")
        #expect(state.settled { shelf, _ in shelf.parcels[2]?.status } == "placed")
        clock.advance(by: 3600)
        #expect(state.settled { shelf, _ in shelf.settled } == [30, 60, 90].map { Self.start.addingTimeInterval($0) })
        #expect(state.settled { shelf, _ in shelf.parcels.all { $0.status == "done" }.count } == 3)
    }

    @Test func fulfilmentAnswersAfterTheConfiguredTimeAndFailsByTheRate() {
        var always = Fulfilment(options: SandboxOptions(failureRate: 1, executionSeconds: 90, seed: 7))
        let started = always.start(at: Self.start)
        #expect(started.due == Self.start.addingTimeInterval(90))
        #expect(started.fails)
        var never = Fulfilment(options: SandboxOptions(failureRate: 0, seed: 7))
        #expect(!(0..<50).contains { _ in never.start(at: Self.start).fails })
        var one = Fulfilment(options: SandboxOptions(failureRate: 0.5, seed: 11))
        var same = Fulfilment(options: SandboxOptions(failureRate: 0.5, seed: 11))
        let first = (0..<64).map { _ in one.start(at: Self.start).fails }
        #expect(first == (0..<64).map { _ in same.start(at: Self.start).fails })
        #expect(first.contains(true) && first.contains(false))
    }

    /// Many callers at once: every id is handed out once, and every order they store is kept.
    @Test func concurrentCallersGetDistinctIDsAndLoseNoOrder() async {
        let clock = ManualClock(Self.start)
        let state = ClockedState(Shelf(), clock: clock) { shelf, now in
            OrderBook.settleDue(\.parcels, in: &shelf, now: now) { parcel, _, _ in parcel.status = "done" }
        }
        let ids = await withTaskGroup(of: Int.self) { group in
            for index in 0..<400 {
                group.addTask {
                    if index % 50 == 0 { clock.advance(by: 1) }
                    return state.settled { shelf, now in
                        let parcel = Parcel(id: shelf.nextID, createdAt: now, doneAt: now.addingTimeInterval(5))
                        shelf.nextID += 1
                        shelf.parcels.store(parcel)
                        return parcel.id
                    }
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(ids).count == 400)
        #expect(Set(ids) == Set(1...400))
        clock.advance(by: 60)
        let (stored, placed) = state.settled { shelf, _ in
            (shelf.parcels.all().count, shelf.parcels.all { $0.status == "placed" }.count)
        }
        #expect(stored == 400)
        #expect(placed == 0)
    }
}
