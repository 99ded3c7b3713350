import Foundation
import OrderKit
import Providers

/// The status of many orders against `ordercon sandbox`, three ways over the same URLs:
/// `ordercon status ID…`, a curl loop, and a Python `requests.Session` loop (the peers in
/// `Benchmarks/peers/`), one after another in the same run. The peers are handed the client's
/// own `select` (`MPTClient.orderSelect`), so all three ask for the same answer.
struct StatusSweep {
    let ordercon: String
    let peers: String
    let orders: Int

    struct Timings {
        var ordercon: [Double] = []
        var curl: [Double] = []
        var python: [Double] = []
        /// Why the Python peer did not run, if it did not.
        var pythonSkipped: String?
    }

    func run(rounds: Int) async throws -> Timings {
        let directory = NSTemporaryDirectory() + "ordercon-bench-sweep-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sandbox = Process()
        sandbox.executableURL = URL(fileURLWithPath: ordercon)
        sandbox.arguments = ["sandbox", "--port", "0"]
        sandbox.environment = ["HOME": directory, "PATH": "/usr/bin:/bin"]
        let configPath = directory + "/sandbox.toml"
        FileManager.default.createFile(atPath: configPath, contents: nil)
        sandbox.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: configPath))
        sandbox.standardError = FileHandle.nullDevice
        try sandbox.run()
        defer {
            sandbox.terminate()
            sandbox.waitUntilExit()
        }
        let base = try await mptBase(configPath)
        let ids = try await seed(base)
        let idsPath = directory + "/ids.txt"
        try ids.joined(separator: "\n").appending("\n").write(toFile: idsPath, atomically: true, encoding: .utf8)
        var timings = Timings()
        let token = "sandbox-token"
        for _ in 0..<rounds {
            timings.ordercon.append(try Self.time(ordercon, ["--config", configPath, "status", "--account", "mpt-demo", "--format", "json"] + ids,
                                                  environment: ["HOME": directory, "PATH": "/usr/bin:/bin"], expecting: ids.count))
            timings.curl.append(try Self.time("/bin/bash", [peers + "/curl-sweep.sh", base, token, idsPath, MPTClient.orderSelect],
                                              expecting: ids.count))
            if let reason = Self.pythonMissing() {
                timings.pythonSkipped = reason
            } else {
                timings.python.append(try Self.time("/usr/bin/env", ["python3", peers + "/requests-sweep.py", base, token, idsPath,
                                                                     MPTClient.orderSelect],
                                                    expecting: ids.count))
            }
        }
        return timings
    }

    /// The MPT base URL from the config the sandbox printed, once it has printed it.
    private func mptBase(_ configPath: String) async throws -> String {
        for _ in 0..<300 {
            let text = (try? String(contentsOfFile: configPath, encoding: .utf8)) ?? ""
            if text.contains("wl-free"), let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+/mpt/public/v1"#, options: .regularExpression) {
                return String(text[range])
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw BenchError("ordercon sandbox printed no config")
    }

    /// Creates the orders to sweep: MPT Purchase drafts, eight at a time.
    private func seed(_ base: String) async throws -> [String] {
        let client = MPTClient(transport: HTTPTransport(account: "bench-seed", baseURL: base), token: "sandbox-token")
        let licensees = ["LCE-1001-2001-0001", "LCE-1001-2001-0002", "LCE-1001-2001-0003"]
        return try await withThrowingTaskGroup(of: [String].self) { group in
            for lane in 0..<8 {
                group.addTask {
                    var ids: [String] = []
                    for serial in stride(from: lane, to: orders, by: 8) {
                        ids.append(try await client.createDraft(customerID: licensees[serial % licensees.count]).id)
                    }
                    return ids
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
    }

    /// Seconds a command takes; it must succeed and print one line per order (or, for
    /// ordercon's JSON, one object per order).
    private static func time(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                             expecting count: Int) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now()
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let text = String(decoding: output, as: UTF8.self)
        let answers = text.components(separatedBy: "\"status\"").count - 1
        guard process.terminationStatus == 0, answers >= count else {
            throw BenchError("\(URL(fileURLWithPath: arguments.first ?? executable).lastPathComponent) answered \(answers) of \(count) orders (exit \(process.terminationStatus))")
        }
        return seconds
    }

    /// Nil when python3 with `requests` can run the Python peer, else why not.
    private static func pythonMissing() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import requests"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "python3 is not installed" }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "python3 has no requests module (pip install requests)"
    }
}
