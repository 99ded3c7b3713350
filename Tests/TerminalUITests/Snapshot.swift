import Foundation
import Testing

/// Compares text with a committed golden file in `Snapshots/`; set
/// `ORDERCON_RECORD_SNAPSHOTS=1` to write them anew, then review the diff like code.
enum Snapshot {
    static func check(_ text: String, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots/\(name).txt")
        let recording = ProcessInfo.processInfo.environment["ORDERCON_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let golden = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record("No golden screen \(name).txt: recorded one; review it and run again",
                             sourceLocation: sourceLocation)
            }
            return
        }
        #expect(text + "\n" == golden, "screen \(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
