import Foundation
import Logging
import Synchronization

/// A swift-log handler that appends lines to a file, so logs never reach the terminal the
/// console draws on. Callers log no secrets; the request log carries only method and path.
struct FileLogHandler: LogHandler {
    private static let sink = Mutex<LogSink?>(nil)

    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    let label: String

    /// Logs to `path`, which is created with the first line: a command that logs nothing
    /// (a refused config) writes nothing.
    static func bootstrap(path: String) {
        sink.withLock { $0 = LogSink(path: path) }
        LoggingSystem.bootstrap { FileLogHandler(label: $0) }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let time = Date().formatted(.iso8601)
        let line = "\(time) \(event.level) \(label): \(event.message)\n"
        Self.sink.withLock { $0?.write(line) }
    }
}
