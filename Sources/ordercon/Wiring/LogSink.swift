import Foundation

/// Where log lines go: a file opened (and created) at the first line, not before, so a
/// command refused for its config leaves nothing behind. Logging is silently off when the
/// file cannot be opened.
struct LogSink {
    private let path: String
    private var handle: FileHandle?
    private var failed = false

    init(path: String) {
        self.path = path
    }

    mutating func write(_ line: String) {
        if handle == nil, !failed { open() }
        handle?.write(Data(line.utf8))
    }

    private mutating func open() {
        let manager = FileManager.default
        try? manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if !manager.fileExists(atPath: path) { _ = manager.createFile(atPath: path, contents: nil) }
        handle = FileHandle(forWritingAtPath: path)
        handle?.seekToEndOfFile()
        failed = handle == nil
    }
}
