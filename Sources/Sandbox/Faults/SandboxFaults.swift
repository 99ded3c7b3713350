import Foundation

/// What the sandbox does wrong on purpose, so that retries, timeouts and the placement
/// journal are tested against the failures real providers produce.
///
/// Written as `latency=200ms,error=0.2,timeout=0.05,reset=0.05,garbage=0.02` (the
/// `--faults` text): `latency` is a fixed delay or a range (`100ms..400ms`), half of it
/// spent before the request reaches the provider's book and half after; the shares are
/// the part of requests that get a 429 or 5xx (`error`), no answer for `hang` (`timeout`),
/// a closed connection after a partial answer (`reset`), or a truncated or malformed body
/// (`garbage`). Each faulted request fails either before the book sees it (nothing
/// changed) or after (the change happened, the client never learns it); `side=before` or
/// `side=after` picks one. `methods=POST` (or `POST+PATCH`) lets faults and latency strike
/// only requests of those methods: the ones that create or change orders, after the reads an
/// operation makes first. `seed` makes a run reproducible.
public struct SandboxFaults: Sendable, Equatable, CustomStringConvertible {
    /// The shortest and longest added delay, in seconds.
    public var latency: ClosedRange<Double>
    public var errorShare: Double
    public var timeoutShare: Double
    public var resetShare: Double
    public var garbageShare: Double
    /// How long a hanging response withholds its answer: longer than the client's timeout
    /// (30 s), bounded so that the sandbox can still stop.
    public var hangSeconds: Double
    /// Where faults strike; `both` (the default) is what a real network does.
    public var side: FaultSide
    /// The HTTP methods faults strike, upper case; empty means every request.
    public var methods: Set<String>
    public var seed: UInt64

    public init(latency: ClosedRange<Double> = 0...0, errorShare: Double = 0, timeoutShare: Double = 0,
                resetShare: Double = 0, garbageShare: Double = 0, hangSeconds: Double = 35, side: FaultSide = .both,
                methods: Set<String> = [], seed: UInt64 = 1) {
        self.latency = latency
        self.errorShare = errorShare
        self.timeoutShare = timeoutShare
        self.resetShare = resetShare
        self.garbageShare = garbageShare
        self.hangSeconds = hangSeconds
        self.side = side
        self.methods = methods
        self.seed = seed
    }

    /// Whether faults strike a request of this method.
    public func strikes(method: String) -> Bool { methods.isEmpty || methods.contains(method.uppercased()) }

    /// No faults: the sandbox answers every request at once and correctly.
    public static let none = SandboxFaults()

    public var isNone: Bool { latency.upperBound == 0 && faultShare == 0 }

    /// The share of requests that get some fault other than latency.
    public var faultShare: Double { errorShare + timeoutShare + resetShare + garbageShare }

    /// Reads the `--faults` text; `""` and `none` mean no faults.
    public init(parsing text: String) throws(SandboxFaultsSyntaxError) {
        self.init()
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != "none" else { return }
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let setting = part.trimmingCharacters(in: .whitespaces)
            let pieces = setting.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[1].isEmpty else {
                throw SandboxFaultsSyntaxError(part: setting, reason: "write NAME=VALUE, e.g. error=0.2")
            }
            let value = pieces[1]
            switch pieces[0] {
            case "latency": latency = try Self.range(value, in: setting)
            case "error": errorShare = try Self.share(value, in: setting)
            case "timeout": timeoutShare = try Self.share(value, in: setting)
            case "reset": resetShare = try Self.share(value, in: setting)
            case "garbage": garbageShare = try Self.share(value, in: setting)
            case "hang": hangSeconds = try Self.seconds(value, in: setting)
            case "side":
                guard let chosen = FaultSide(rawValue: value) else {
                    throw SandboxFaultsSyntaxError(part: setting, reason: "the side is before, after or both")
                }
                side = chosen
            case "methods":
                let names = value.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
                guard !names.isEmpty, names.allSatisfy({ ["GET", "POST", "PUT", "PATCH", "DELETE"].contains($0) }) else {
                    throw SandboxFaultsSyntaxError(part: setting, reason: "methods are GET, POST, PUT, PATCH or DELETE, joined by +, e.g. methods=POST+PATCH")
                }
                methods = Set(names)
            case "seed":
                guard let number = UInt64(value) else {
                    throw SandboxFaultsSyntaxError(part: setting, reason: "the seed is a whole number")
                }
                seed = number
            default:
                throw SandboxFaultsSyntaxError(part: setting,
                                               reason: "unknown fault; use latency, error, timeout, reset, garbage, hang, side, methods or seed")
            }
        }
        guard faultShare <= 1 + 1e-9 else {
            throw SandboxFaultsSyntaxError(part: trimmed, reason: "error, timeout, reset and garbage add up to more than 1")
        }
    }

    /// The text `init(parsing:)` reads back to the same value.
    public var description: String {
        guard !isNone else { return "none" }
        var parts: [String] = []
        if latency.upperBound > 0 {
            parts.append(latency.lowerBound == latency.upperBound ? "latency=\(Self.text(latency.lowerBound))"
                : "latency=\(Self.text(latency.lowerBound))..\(Self.text(latency.upperBound))")
        }
        for (name, share) in [("error", errorShare), ("timeout", timeoutShare), ("reset", resetShare),
                              ("garbage", garbageShare)] where share > 0 {
            parts.append("\(name)=\(share)")
        }
        parts.append("hang=\(Self.text(hangSeconds))")
        if side != .both { parts.append("side=\(side.rawValue)") }
        if !methods.isEmpty { parts.append("methods=" + methods.sorted().joined(separator: "+")) }
        parts.append("seed=\(seed)")
        return parts.joined(separator: ",")
    }

    private static func share(_ value: String, in setting: String) throws(SandboxFaultsSyntaxError) -> Double {
        guard let share = Double(value), (0...1).contains(share) else {
            throw SandboxFaultsSyntaxError(part: setting, reason: "a share is a number from 0 to 1")
        }
        return share
    }

    private static func range(_ value: String, in setting: String) throws(SandboxFaultsSyntaxError) -> ClosedRange<Double> {
        let bounds = value.components(separatedBy: "..")
        guard bounds.count <= 2 else {
            throw SandboxFaultsSyntaxError(part: setting, reason: "a range is LOW..HIGH, e.g. 100ms..400ms")
        }
        let low = try seconds(bounds[0], in: setting)
        let high = try bounds.count == 2 ? seconds(bounds[1], in: setting) : low
        guard low <= high else {
            throw SandboxFaultsSyntaxError(part: setting, reason: "the low end of the range is above the high end")
        }
        return low...high
    }

    /// `250ms`, `1.5s`, `2m`; a bare number is seconds.
    private static func seconds(_ value: String, in setting: String) throws(SandboxFaultsSyntaxError) -> Double {
        let units: [(suffix: String, scale: Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        let unit = units.first { value.hasSuffix($0.suffix) } ?? (suffix: "", scale: 1)
        guard let number = Double(value.dropLast(unit.suffix.count)), number >= 0, number <= 600 else {
            throw SandboxFaultsSyntaxError(part: setting, reason: "a duration is 0 to 600 s, written like 200ms, 1.5s or 2m")
        }
        return number * unit.scale
    }

    private static func text(_ seconds: Double) -> String {
        let milliseconds = (seconds * 1000).rounded()
        return milliseconds.truncatingRemainder(dividingBy: 1000) == 0 ? "\(Int(milliseconds / 1000))s" : "\(Int(milliseconds))ms"
    }
}
