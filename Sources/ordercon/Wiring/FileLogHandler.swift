import Foundation
import Logging
import Synchronization

/// A swift-log handler that appends lines to a file, so logs never reach the terminal the
/// console draws on. Callers log no secrets; the request log carries only method and path.
struct FileLogHandler: LogHandler {
    private static let sink = Mutex<FileHandle?>(nil)

    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    let label: String

    /// Opens (creating) the log file; logging is silently off if it cannot be opened.
    static func bootstrap(path: String) {
        let manager = FileManager.default
        try? manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                     withIntermediateDirectories: true)
        if !manager.fileExists(atPath: path) { _ = manager.createFile(atPath: path, contents: nil) }
        let handle = FileHandle(forWritingAtPath: path)
        handle?.seekToEndOfFile()
        sink.withLock { $0 = handle }
        LoggingSystem.bootstrap { FileLogHandler(label: $0) }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let time = Date().formatted(.iso8601)
        let line = "\(time) \(event.level) \(label): \(event.message)\n"
        Self.sink.withLock { $0?.write(Data(line.utf8)) }
    }
}
