import Foundation
@testable import Sandbox
import Testing

/// Feeds generated inputs to one target on its own idle-priority thread, while the test
/// watches the thread's CPU time: an input that takes longer than the limit fails the test
/// as a hang. A trap or a
/// stack overflow kills the process, and `FuzzCrashReport` prints how to replay it.
enum FuzzRunner {
    /// The stack of the fuzz thread: the smallest a Swift thread gets in practice
    /// (macOS's secondary threads), so a parser that needs more is caught here too.
    static let stackSize = 512 * 1024
    /// Linux's `SCHED_IDLE` (glibc declares it only under `_GNU_SOURCE`): the thread runs
    /// when no other thread wants the core.
    private static let idlePolicy: Int32 = 5

    /// Runs the inputs `settings` asks for and records an issue for a hang.
    static func run(_ target: FuzzTarget, settings: FuzzSettings = .fromEnvironment(),
                    sourceLocation: SourceLocation = #_sourceLocation) async {
        let indices = settings.replay.map { $0...$0 } ?? 0...(settings.count - 1)
        let mutator = FuzzMutator(corpus: target.corpus, syntax: target.syntax)
        let input = { @Sendable (index: Int) -> [UInt8] in
            var random = SeededRandom(seed: settings.seed, target: target.name, index: index)
            return mutator.input(using: &random)
        }
        if let replay = settings.replay {
            print("fuzz: \(target.name) input #\(replay) written to \(write(input(replay), target: target, settings: settings, index: replay))")
        }
        let progress = FuzzProgress()
        let clock = ContinuousClock()
        let started = clock.now
        let thread = Thread {
            var idle = sched_param()
            pthread_setschedparam(pthread_self(), idlePolicy, &idle)
            progress.startOnCurrentThread()
            let slot = FuzzCrashReport.register(target: target.name, seed: settings.seed)
            for index in indices {
                let data = Data(input(index))
                slot.publish(index)
                progress.begin(index)
                var threw = false
                do { try target.parse(data, index: index) } catch { threw = true }
                progress.end(threw: threw)
            }
            slot.release()
            progress.finish()
        }
        thread.stackSize = stackSize
        thread.start()
        while true {
            try? await Task.sleep(for: .milliseconds(20))
            let now = progress.snapshot
            if now.finished {
                print("fuzz: \(target.name): \(indices.count) inputs in \(clock.now - started) (\(now.errors) thrown), "
                      + "slowest \(now.slowest), seed \(settings.seed)")
                return
            }
            if now.index >= 0, progress.currentInputTime() > settings.inputTimeLimit {
                let path = write(input(now.index), target: target, settings: settings, index: now.index)
                Issue.record("""
                    \(target.name) hangs: input #\(now.index) took over \(settings.inputTimeLimit) of CPU (seed \(settings.seed), \
                    input in \(path)); replay: FUZZ_SEED=\(settings.seed) FUZZ_REPLAY=\(now.index) swift test --filter FuzzTests
                    \(String(decoding: input(now.index).prefix(2_000), as: UTF8.self).debugDescription)
                    """, sourceLocation: sourceLocation)
                return
            }
        }
    }

    private static func write(_ bytes: [UInt8], target: FuzzTarget, settings: FuzzSettings, index: Int) -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("fuzz-\(target.name)-\(settings.seed)-\(index).bin").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}
