import Foundation
import Synchronization

/// Where timers and network answers leave actions for the UI thread, which drains it
/// between key reads. Nothing but the UI thread ever reduces or draws.
///
/// Every push also writes a byte to a pipe, `wakeDescriptor`, so that the UI thread can
/// sleep in `poll` on the keyboard and this pipe together instead of waking to look.
public final class ActionQueue: Sendable {
    private let pending = Mutex<[Action]>([])
    private let wakeRead: Int32
    private let wakeWrite: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Readable whenever actions are waiting (-1 if no pipe could be made: then poll with a timeout).
    public var wakeDescriptor: Int32 { wakeRead }

    public func push(_ action: Action) {
        pending.withLock { $0.append(action) }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Everything queued so far, oldest first; the queue is left empty.
    public func drain() -> [Action] {
        var bytes = [UInt8](repeating: 0, count: 256)
        while read(wakeRead, &bytes, bytes.count) > 0 {}
        return pending.withLock { actions in
            defer { actions.removeAll(keepingCapacity: true) }
            return actions
        }
    }
}
