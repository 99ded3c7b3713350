import ConsoleModel
import TerminalUI

/// The console's own loop (`ConsoleLoop`, on an in-memory screen) with its effects
/// performed in-process one at a time: each effect is performed and its answer goes back
/// through the loop's queue, until nothing is left to do. The clock stands still, so no
/// tick or background refresh comes between the steps a test takes.
@MainActor
final class ConsoleDriver {
    private let loop: ConsoleLoop
    private let input = ScriptedInput()
    private let queue = ActionQueue()
    private let runner: EffectRunner
    /// Effects the loop handed out and not yet performed, oldest first.
    private let pending: PendingEffects
    /// Effects not performed (their answers never come), e.g. list refreshes of a book that
    /// grows with every sequence.
    var skipping: (Effect) -> Bool = { _ in false }
    /// Every effect performed or skipped, in order.
    private(set) var effects: [Effect] = []

    /// The loop starts without the effects of a console's start (the cache and the first
    /// refresh): a test sends the answers it wants instead.
    init(state: ConsoleState, runner: EffectRunner) {
        self.runner = runner
        let pending = PendingEffects()
        self.pending = pending
        loop = ConsoleLoop(state: state, renderer: FrameRenderer(theme: .attributesOnly), themes: ThemeCatalog.standard(),
                           screen: GridScreen(rows: 24, columns: 80), input: input, queue: queue,
                           clock: ManualClock(state.now), perform: { pending.effects.append($0) })
        loop.start()
        pending.effects.removeAll()
    }

    var state: ConsoleState { loop.state }

    func send(_ action: Action) async {
        queue.push(action)
        loop.turn()
        await settle()
    }

    func press(_ keys: Key...) async {
        input.send(contentsOf: keys)
        loop.turn()
        await settle()
    }

    func run(_ effects: [Effect]) async {
        pending.effects += effects
        await settle()
    }

    private func settle() async {
        while !pending.effects.isEmpty {
            let effect = pending.effects.removeFirst()
            effects.append(effect)
            guard !skipping(effect), let answer = await runner.perform(effect) else { continue }
            queue.push(answer)
            loop.turn()
        }
    }

    /// The confirmation on screen, if one is.
    var confirmation: Confirmation? {
        if case .confirm(let confirmation) = state.dialog.modal { return confirmation }
        return nil
    }
}

/// The effects the loop handed out and the driver has not performed yet.
@MainActor
private final class PendingEffects {
    var effects: [Effect] = []
}
