/// Where the console loop's events come from: the terminal (`TerminalInput`), or a script
/// of events in the loop's tests and the benchmark.
@MainActor
public protocol ConsoleInput: AnyObject {
    /// Sleeps until an event may be ready, `wake` is readable (an action was queued), or
    /// `timeout` seconds have passed, whichever is first.
    func wait(timeout: Double, wake: Int32)
    /// The next event already there, without waiting; nil when there is none.
    func next() -> InputEvent?
}
