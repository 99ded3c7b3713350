import Foundation

/// What `/proc` says about a running process: CPU time used and resident memory.
enum ProcessStats {
    /// User plus system CPU time in seconds (`/proc/PID/stat` fields 14 and 15).
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: end)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Resident memory in MB (`VmRSS` of `/proc/PID/status`).
    static func residentMegabytes(_ pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ")[1]) else { return nil }
        return kilobytes / 1024
    }

    /// Waits until the process has used no CPU for `quiet` seconds (its cache read and first
    /// refresh done), at most `timeout`.
    static func waitUntilIdle(_ pid: Int32, quiet: TimeInterval = 1, timeout: TimeInterval = 60) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = cpuSeconds(pid) ?? 0
        var quietSince = Date()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.25)
            let now = cpuSeconds(pid) ?? 0
            if now - last > 0.011 { quietSince = Date() }
            last = now
            if Date().timeIntervalSince(quietSince) >= quiet { return }
        }
    }
}
