import ConsoleModel

/// The console's reducer and effect runner joined in-process as the loop joins them: each
/// effect is performed and its answer reduced, until nothing is left to do.
struct ConsoleDriver {
    var state: ConsoleState
    let runner: EffectRunner
    /// Effects not performed (their answers never come), e.g. list refreshes of a book that
    /// grows with every sequence.
    var skipping: @Sendable (Effect) -> Bool = { _ in false }
    /// Every effect asked for, in order.
    private(set) var effects: [Effect] = []

    mutating func send(_ action: Action) async {
        await run(ConsoleReducer.reduce(&state, action))
    }

    mutating func press(_ keys: Key...) async {
        for key in keys { await send(.key(key)) }
    }

    mutating func run(_ asked: [Effect]) async {
        var pending = asked
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            effects.append(effect)
            guard !skipping(effect) else { continue }
            guard let answer = await runner.perform(effect) else { continue }
            pending += ConsoleReducer.reduce(&state, answer)
        }
    }

    /// The confirmation on screen, if one is.
    var confirmation: Confirmation? {
        if case .confirm(let confirmation) = state.modal { return confirmation }
        return nil
    }
}
