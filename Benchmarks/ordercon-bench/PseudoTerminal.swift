import Foundation
import Synchronization

/// The real `ordercon` console on an 80×24 pseudo-terminal: keys go in, and every byte it
/// writes is kept with the time it arrived.
final class PseudoTerminal {
    private struct Output {
        var bytes: [UInt8] = []
        var lastArrival = DispatchTime.now()
    }

    /// What the reader thread and the benchmark share.
    private final class Recording: Sendable {
        let output = Mutex(Output())
    }

    let process = Process()
    let started: DispatchTime
    private let master: Int32
    private let recording = Recording()

    init(executable: String, arguments: [String], environment: [String: String]) throws {
        master = Self.libc.openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0, Self.libc.grant(master) == 0, Self.libc.unlock(master) == 0, let name = Self.libc.name(master) else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        let terminal = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { throw BenchError("cannot open \(String(cString: name))") }
        let handle = FileHandle(fileDescriptor: terminal, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // ncurses takes the size from LINES and COLUMNS before asking the terminal.
        process.environment = environment.merging(["TERM": "xterm-256color", "LANG": "C.UTF-8", "LINES": "24", "COLUMNS": "80"]) { _, fixed in fixed }
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        let master = master
        let recording = recording
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = read(master, &buffer, buffer.count)
                guard count > 0 else { return }
                let arrival = DispatchTime.now()
                recording.output.withLock {
                    $0.bytes += buffer[0..<count]
                    $0.lastArrival = arrival
                }
            }
        }
        started = DispatchTime.now()
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// glibc's pseudo-terminal calls, which Swift's Glibc module does not import.
    private struct PseudoTerminalCalls {
        let openMaster: @convention(c) (Int32) -> Int32
        let grant: @convention(c) (Int32) -> Int32
        let unlock: @convention(c) (Int32) -> Int32
        let name: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

        init() {
            func symbol<T>(_ name: String, as type: T.Type) -> T {
                guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("libc has no \(name)") }
                return unsafeBitCast(address, to: type)
            }
            openMaster = symbol("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
            grant = symbol("grantpt", as: (@convention(c) (Int32) -> Int32).self)
            unlock = symbol("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
            name = symbol("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
        }
    }

    private static let libc = PseudoTerminalCalls()

    /// Bytes written so far.
    var count: Int { recording.output.withLock { $0.bytes.count } }

    func send(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// Waits until `marker` appears in what was written after byte `offset`; false on timeout.
    func waitFor(_ marker: String, after offset: Int = 0, timeout: TimeInterval) -> Bool {
        let needle = Array(marker.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let found = recording.output.withLock { output -> Bool in
                guard output.bytes.count - offset >= needle.count else { return false }
                return output.bytes[offset...].firstRange(of: needle) != nil
            }
            if found { return true }
            Thread.sleep(forTimeInterval: 0.001)
        }
        return false
    }

    /// Waits until something is written after byte `offset`; false on timeout.
    func waitForOutput(after offset: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if count > offset { return true }
            Thread.sleep(forTimeInterval: 0.001)
        }
        return false
    }

    /// Waits until nothing has been written for `quiet` seconds; returns when the last byte came.
    @discardableResult
    func waitQuiet(_ quiet: TimeInterval, timeout: TimeInterval = 10) -> DispatchTime {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let last = recording.output.withLock { $0.lastArrival }
            if DispatchTime.now().uptimeNanoseconds - last.uptimeNanoseconds >= UInt64(quiet * 1e9) { return last }
            Thread.sleep(forTimeInterval: quiet / 10)
        }
        return recording.output.withLock { $0.lastArrival }
    }

    /// Quits with `q`, and kills the process if it has not gone within two seconds.
    func quit() {
        send("q")
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        close(master)
    }
}
