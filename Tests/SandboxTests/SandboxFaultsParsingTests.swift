import Sandbox
import Testing

/// The `--faults` text: every setting, the defaults, and a one-line error naming the bad part.
@Suite struct SandboxFaultsParsingTests {
    @Test func readsEverySetting() throws {
        let faults = try SandboxFaults(parsing: "latency=200ms,error=0.2,timeout=0.05,reset=0.05,garbage=0.02,hang=2s,side=after,seed=7")
        #expect(faults.latency == 0.2...0.2)
        #expect(faults.errorShare == 0.2)
        #expect(faults.timeoutShare == 0.05)
        #expect(faults.resetShare == 0.05)
        #expect(faults.garbageShare == 0.02)
        #expect(faults.hangSeconds == 2)
        #expect(faults.side == .after)
        #expect(faults.seed == 7)
    }

    @Test func latencyTakesARangeAndUnits() throws {
        #expect(try SandboxFaults(parsing: "latency=100ms..1.5s").latency == 0.1...1.5)
        #expect(try SandboxFaults(parsing: "latency=2").latency == 2...2)
        #expect(try SandboxFaults(parsing: "latency=1m").latency == 60...60)
    }

    @Test func emptyAndNoneMeanNoFaults() throws {
        #expect(try SandboxFaults(parsing: "").isNone)
        #expect(try SandboxFaults(parsing: " none ").isNone)
        #expect(SandboxFaults.none.description == "none")
    }

    @Test func descriptionReadsBackToTheSameFaults() throws {
        let faults = try SandboxFaults(parsing: "latency=100ms..400ms,error=0.25,reset=0.1,hang=3s,side=before,methods=post+PATCH,seed=9")
        #expect(try SandboxFaults(parsing: faults.description) == faults)
        #expect(faults.methods == ["POST", "PATCH"])
    }

    @Test func methodsLimitWhichRequestsFaultsStrike() throws {
        let creating = try SandboxFaults(parsing: "reset=1,methods=POST")
        #expect(creating.strikes(method: "POST") && !creating.strikes(method: "GET"))
        #expect(try SandboxFaults(parsing: "reset=1").strikes(method: "GET"))
    }

    @Test(arguments: [
        ("error=1.5", "'error=1.5': a share is a number from 0 to 1"),
        ("latency=fast", "'latency=fast': a duration is 0 to 600 s, written like 200ms, 1.5s or 2m"),
        ("latency=2s..1s", "'latency=2s..1s': the low end of the range is above the high end"),
        ("jitter=0.1", "'jitter=0.1': unknown fault; use latency, error, timeout, reset, garbage, hang, side, methods or seed"),
        ("methods=FETCH", "'methods=FETCH': methods are GET, POST, PUT, PATCH or DELETE, joined by +, e.g. methods=POST+PATCH"),
        ("error", "'error': write NAME=VALUE, e.g. error=0.2"),
        ("error=0.2,,reset=0.1", "'': write NAME=VALUE, e.g. error=0.2"),
        ("side=middle", "'side=middle': the side is before, after or both"),
        ("seed=-1", "'seed=-1': the seed is a whole number"),
        ("error=0.6,reset=0.6", "'error=0.6,reset=0.6': error, timeout, reset and garbage add up to more than 1"),
    ])
    func refusesABadPartByName(text: String, message: String) {
        #expect(throws: SandboxFaultsSyntaxError.self) { try SandboxFaults(parsing: text) }
        do {
            _ = try SandboxFaults(parsing: text)
        } catch {
            #expect("\(error)" == message)
        }
    }
}
