import Foundation
import Testing

/// Compares text with a committed golden file in `Snapshots/`; set
/// `ORDERCON_RECORD_SNAPSHOTS=1` to write them anew, then review the diff like code.
///
/// Recording fails every check it writes, so a run with the variable set can never pass
/// unnoticed in CI; a mismatch names the first lines that differ.
enum Snapshot {
    static func check(_ text: String, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots/\(name).txt")
        let recording = ProcessInfo.processInfo.environment["ORDERCON_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let golden = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            let why = recording ? "ORDERCON_RECORD_SNAPSHOTS=1" : "there was none"
            Issue.record("Recorded golden screen \(name).txt (\(why)): review the diff, then run again without recording",
                         sourceLocation: sourceLocation)
            return
        }
        guard text + "\n" != golden else { return }
        Issue.record("screen \(name) differs from its golden file:\n\(lineDiff(expected: golden, actual: text + "\n"))",
                     sourceLocation: sourceLocation)
    }

    /// The lines that differ, numbered, golden first (at most `limit` of them).
    static func lineDiff(expected: String, actual: String, limit: Int = 8) -> String {
        let golden = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let drawn = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(golden.count, drawn.count) where lines.count < limit * 2 {
            let want = index < golden.count ? String(golden[index]) : "(no line)"
            let got = index < drawn.count ? String(drawn[index]) : "(no line)"
            guard want != got else { continue }
            lines += ["line \(index + 1) golden: \(want)", "line \(index + 1) drawn:  \(got)"]
        }
        return lines.joined(separator: "\n")
    }
}
