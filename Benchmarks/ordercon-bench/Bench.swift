import Foundation
import OrderKit

/// `ordercon-bench`: the console's performance figures at 1k, 10k and 100k cached orders,
/// each with its median, its spread (10th–90th percentile) and its budget.
///
///     swift build -c release && .build/release/ordercon-bench
///     .build/debug/ordercon-bench --short      # CI: checks every measurement still runs
///
/// It runs the real `ordercon` found beside it (or `--ordercon PATH`) in a pseudo-terminal
/// for start-up, memory, idle CPU and bytes per key, drives the reducer and renderer
/// in memory for key latency, and sweeps order statuses against `ordercon sandbox` beside
/// the peers in `Benchmarks/peers/`.
@main
@MainActor
struct Bench {
    struct Options {
        var short = false
        var ordercon = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("ordercon").path
        var peers = "Benchmarks/peers"

        init(_ arguments: [String]) throws {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                switch argument {
                case "--short": short = true
                case "--ordercon": ordercon = try Self.value(&rest, argument)
                case "--peers": peers = try Self.value(&rest, argument)
                default: throw BenchError("unknown argument \(argument); use --short, --ordercon PATH, --peers DIR")
                }
            }
        }

        private static func value(_ rest: inout ArraySlice<String>, _ name: String) throws -> String {
            guard let value = rest.popFirst() else { throw BenchError("\(name) needs a value") }
            return value
        }

        var sizes: [Int] { short ? [1000] : [1000, 10_000, 100_000] }
        var firstFrameRuns: Int { short ? 2 : 5 }
        var keyPresses: Int { short ? 40 : 400 }
        var terminalPresses: Int { short ? 6 : 20 }
        var idleSeconds: Double { short ? 2 : 60 }
        var sweepOrders: Int { short ? 50 : 1000 }
        var sweepRounds: Int { short ? 1 : 5 }
    }

    static func main() async {
        do {
            try await run(Options(Array(CommandLine.arguments.dropFirst())))
        } catch {
            FileHandle.standardError.write(Data("ordercon-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ options: Options) async throws {
        let began = Date()
        #if DEBUG
        let build = "debug build: the figures only show that each measurement runs"
        #else
        let build = "release build"
        #endif
        say("ordercon-bench \(options.short ? "--short " : "")(\(build), \(ProcessInfo.processInfo.activeProcessorCount) cores)")
        say("median, [10th–90th percentile] n=samples; budgets from issue 7")
        guard FileManager.default.isExecutableFile(atPath: options.ordercon) else {
            throw BenchError("no ordercon at \(options.ordercon); build it (swift build -c release) or pass --ordercon PATH")
        }
        let largest = options.sizes.max()!
        for size in options.sizes {
            let orders = BenchOrders.make(size)
            for (key, samples) in KeyLatency.measure(orders, presses: options.keyPresses) {
                show(Figure(name: "key → frame in memory: \(key)", orders: size, samples: samples, unit: "ms",
                            budget: .init(statistic: .p99, limit: 5, appliesAt: 100_000)))
            }
            let directory = try BenchOrders.workspace(orders)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let console = ConsoleFigures(ordercon: options.ordercon, orders: orders, directory: directory)
            show(Figure(name: "start → first complete frame (pty)", orders: size,
                        samples: try console.firstFrame(runs: options.firstFrameRuns), unit: "ms",
                        budget: .init(statistic: .median, limit: 100, appliesAt: 100_000)))
            let steady = try console.steady(idleSeconds: size == largest ? options.idleSeconds : nil,
                                            presses: options.terminalPresses)
            show(Figure(name: "resident memory, whole cache loaded", orders: size, samples: [steady.residentMB], unit: "MB",
                        budget: .init(statistic: .median, limit: 150, appliesAt: 100_000)))
            if let idle = steady.idleCPU {
                show(Figure(name: "CPU idle \(Int(options.idleSeconds)) s, every order final", orders: size, samples: [idle],
                            unit: "% core", budget: .init(statistic: .median, limit: 0.5)))
            }
            show(Figure(name: "bytes written per j/k ÷ cells changed", orders: size, samples: steady.bytesPerChangedCell,
                        unit: "×", budget: .init(statistic: .p99, limit: 2)))
        }
        let sweep = try await StatusSweep(ordercon: options.ordercon, peers: options.peers, orders: options.sweepOrders)
            .run(rounds: options.sweepRounds)
        let count = options.sweepOrders
        show(Figure(name: "status sweep of \(count): ordercon status", samples: sweep.ordercon, unit: "s"))
        show(Figure(name: "status sweep of \(count): curl loop", samples: sweep.curl, unit: "s"))
        show(Figure(name: "  ordercon speed-up over curl", samples: zip(sweep.curl, sweep.ordercon).map(/), unit: "×",
                    budget: .init(statistic: .median, limit: 10, atMost: false)))
        if let reason = sweep.pythonSkipped {
            say("status sweep: Python requests peer skipped: \(reason)")
        } else {
            show(Figure(name: "status sweep of \(count): Python requests.Session", samples: sweep.python, unit: "s"))
            show(Figure(name: "  ordercon speed-up over requests.Session", samples: zip(sweep.python, sweep.ordercon).map(/),
                        unit: "×", budget: .init(statistic: .median, limit: 3, atMost: false)))
        }
        say("took \(Int(Date().timeIntervalSince(began))) s")
    }

    private static func show(_ figure: Figure) { say(figure.line) }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
