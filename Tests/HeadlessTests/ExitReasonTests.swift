import Headless
import OrderKit
import Testing

/// The exit-code table: every provider error has the code the README promises.
@Suite struct ExitReasonTests {
    @Test(arguments: [
        (OrderError.unreachable(account: "a", detail: "d"), ExitReason.unreachable),
        (.timedOut(detail: "d"), .unreachable),
        (.serverFailure(status: 502, detail: "d"), .unreachable),
        (.rateLimited(detail: "d"), .unreachable),
        (.authenticationRefused(account: "a", detail: "d"), .credentials),
        (.forbidden(detail: "d"), .credentials),
        (.notFound(detail: "d"), .notFound),
        (.conflict(detail: "d"), .refused),
        (.rejected(detail: "d"), .refused),
        (.unsupported(detail: "d"), .refused),
        (.malformedResponse(detail: "d"), .unreadableAnswer),
        (.configuration(detail: "d"), .usage),
        (.unexpected(detail: "d"), .internalError),
    ])
    func eachErrorHasItsCode(error: OrderError, status: ExitReason) {
        #expect(ExitReason(error) == status)
    }

    @Test func theTableListsEveryCodeOnceWithTheSysexitsValues() {
        #expect(ExitReason.allCases.map(\.rawValue) == [0, 1, 64, 65, 66, 69, 70, 76, 77])
        let lines = ExitReason.table.split(separator: "\n")
        #expect(lines.count == ExitReason.allCases.count)
        #expect(lines[1] == "  1   partial: something was unreadable, the rest was printed")
    }

    @Test func theWorstOutcomeWins() {
        #expect(ExitReason.ok.worst(.partial) == .partial)
        #expect(ExitReason.partial.worst(.unreachable) == .unreachable)
        #expect(ExitReason.unreachable.worst(.partial) == .unreachable)
        #expect(ExitReason.notFound.worst(.unreachable) == .notFound)
    }
}
