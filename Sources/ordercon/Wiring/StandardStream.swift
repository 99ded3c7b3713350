import Foundation

/// Standard output or error, written with write(2) so a closed pipe ends the command
/// quietly (`ordercon status - < ids | head -1`): `FileHandle.write` traps on EPIPE, and
/// the HTTP client ignores SIGPIPE, so the shell's usual death by signal never comes.
struct StandardStream: Sendable {
    static let output = StandardStream(descriptor: STDOUT_FILENO)
    static let error = StandardStream(descriptor: STDERR_FILENO)

    /// What a command exits with when its reader went away: the shell's code for a process
    /// ended by SIGPIPE, so `set -o pipefail` scripts see what they see from any other tool.
    static let closedPipeExit: Int32 = 141

    let descriptor: Int32

    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { Foundation.exit(Self.closedPipeExit) }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
