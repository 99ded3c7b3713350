import Foundation
import Synchronization

/// Names the input that killed the process when a parser traps or overflows its stack,
/// which no test can catch. Each fuzz thread publishes its target and input index in a
/// slot; a signal handler running on the thread's alternate stack writes the replay
/// command to stderr, then puts back the previous handler so the fault is reported as usual.
enum FuzzCrashReport {
    private static let capacity = 64
    private static let signals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
    nonisolated(unsafe) private static let threads = allocate(pthread_t(), count: capacity)
    nonisolated(unsafe) private static let indices = allocate(0, count: capacity)
    nonisolated(unsafe) private static let prefixes = allocate(UnsafeMutablePointer<CChar>?.none, count: capacity)
    nonisolated(unsafe) private static let previous = allocate(sigaction(), count: 64)
    private static let used = Atomic<Int>(0)
    private static let installation = Mutex(false)

    /// A published slot: the running thread and the index of the input it is parsing.
    struct Slot {
        fileprivate let number: Int

        func publish(_ index: Int) {
            FuzzCrashReport.indices[number] = index
        }

        /// Gives the slot up when the thread ends: a later thread may get the same id.
        func release() {
            FuzzCrashReport.threads[number] = pthread_t()
        }
    }

    /// Claims a slot for the calling thread, gives the thread an alternate signal stack,
    /// and installs the handler on first use.
    static func register(target: String, seed: UInt64) -> Slot {
        installIfNeeded()
        let number = used.add(1, ordering: .sequentiallyConsistent).oldValue
        precondition(number < capacity, "more than \(capacity) fuzz runs in one process")
        prefixes[number] = strdup("fuzz: \(target) crashed; replay: FUZZ_SEED=\(seed) FUZZ_REPLAY=")
        threads[number] = pthread_self()
        let size = 256 * 1024
        var stack = stack_t(ss_sp: UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16), ss_flags: 0, ss_size: size)
        sigaltstack(&stack, nil)
        return Slot(number: number)
    }

    private static func installIfNeeded() {
        installation.withLock { installed in
            guard !installed else { return }
            installed = true
            for number in signals {
                var action = sigaction()
                action.__sigaction_handler.sa_handler = handler
                action.sa_flags = SA_ONSTACK
                sigemptyset(&action.sa_mask)
                sigaction(number, &action, previous + Int(number))
            }
        }
    }

    private static let handler: @convention(c) (Int32) -> Void = { number in
        let me = pthread_self()
        for slot in 0..<min(used.load(ordering: .sequentiallyConsistent), capacity)
        where pthread_equal(threads[slot], me) != 0 {
            if let prefix = prefixes[slot] { write(2, prefix, strlen(prefix)) }
            writeNumber(indices[slot])
            let suffix = " swift test --filter FuzzTests\n"
            suffix.withCString { _ = write(2, $0, strlen($0)) }
        }
        sigaction(number, previous + Int(number), nil)
        if number == SIGABRT || number == SIGFPE { raise(number) }
    }

    /// Writes a non-negative number without allocating (safe inside a signal handler).
    private static func writeNumber(_ value: Int) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = max(0, value)
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(48 + rest % 10)
                rest /= 10
            } while rest > 0 && start > 0
            _ = write(2, buffer.baseAddress! + start, buffer.count - start)
        }
    }

    private static func allocate<Value>(_ value: Value, count: Int) -> UnsafeMutablePointer<Value> {
        let pointer = UnsafeMutablePointer<Value>.allocate(capacity: count)
        pointer.initialize(repeating: value, count: count)
        return pointer
    }
}
