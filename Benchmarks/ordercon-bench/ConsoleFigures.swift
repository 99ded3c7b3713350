import ConsoleModel
import Foundation
import OrderKit
import TerminalUI

/// The figures measured on the real binary in a pseudo-terminal: start to first complete
/// frame, resident memory, CPU while idle, and bytes written per j/k.
@MainActor
struct ConsoleFigures {
    let ordercon: String
    let orders: [Order]
    let directory: String

    private var environment: [String: String] {
        ["HOME": directory, "XDG_STATE_HOME": directory + "/state", "XDG_CONFIG_HOME": directory + "/config",
         "PATH": "/usr/bin:/bin", "BENCH_TOKEN": "bench-token"]
    }

    private func launch() throws -> PseudoTerminal {
        try PseudoTerminal(executable: ordercon, arguments: ["--config", directory + "/config.toml"], environment: environment)
    }

    /// Milliseconds from starting the process to the end of the first frame that shows the
    /// cached orders (the newest order's id on the Status pane, and the rest of that frame).
    func firstFrame(runs: Int) throws -> [Double] {
        try (0..<runs).map { _ in
            let terminal = try launch()
            defer { terminal.quit() }
            guard terminal.waitFor(BenchOrders.newestID(orders.count), timeout: 30) else {
                throw BenchError("the console never showed order \(BenchOrders.newestID(orders.count))")
            }
            let end = terminal.waitQuiet(0.03)
            return Double(end.uptimeNanoseconds - terminal.started.uptimeNanoseconds) / 1e6
        }
    }

    struct Steady {
        var residentMB: Double
        /// Percent of one core, over `idleSeconds`.
        var idleCPU: Double?
        /// Bytes written for each key over the cells the key changed.
        var bytesPerChangedCell: [Double]
    }

    /// One long run: waits for the whole cache and the failed first refresh to settle, then
    /// reads memory, measures CPU while nothing happens, then presses j and k.
    func steady(idleSeconds: Double?, presses: Int) throws -> Steady {
        let terminal = try launch()
        defer { terminal.quit() }
        guard terminal.waitFor("Cannot reach", timeout: 60) else {
            throw BenchError("the console never reported its closed port")
        }
        ProcessStats.waitUntilIdle(terminal.pid)
        let resident = ProcessStats.residentMegabytes(terminal.pid) ?? .nan
        var idle: Double?
        if let idleSeconds, let before = ProcessStats.cpuSeconds(terminal.pid) {
            Thread.sleep(forTimeInterval: idleSeconds)
            idle = ((ProcessStats.cpuSeconds(terminal.pid) ?? before) - before) / idleSeconds * 100
        }
        terminal.waitQuiet(0.2)
        let model = ScreenModel(orders: orders)
        var ratios: [Double] = []
        for press in 0..<presses {
            let key: Character = press < presses / 2 ? "j" : "k"
            let cells = model.press(.char(key))
            let before = terminal.count
            terminal.send(String(key))
            if terminal.waitForOutput(after: before, timeout: 1) { terminal.waitQuiet(0.05) }
            ratios.append(Double(terminal.count - before) / Double(max(1, cells)))
        }
        return Steady(residentMB: resident, idleCPU: idle, bytesPerChangedCell: ratios)
    }
}
