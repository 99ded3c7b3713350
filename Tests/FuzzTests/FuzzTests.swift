import Testing

/// Every parser of untrusted input gets `FuzzSettings.count` generated inputs: each must
/// end in a value or a thrown error, never a trap, a stack overflow or a hang.
/// `scripts/fuzz` runs more, in release mode.
@Suite struct FuzzTests {
    @Test(arguments: FuzzTarget.providers)
    func providerDecoder(_ target: FuzzTarget) async {
        await FuzzRunner.run(target)
    }

    @Test(arguments: FuzzTarget.settingsFiles)
    func settingsFile(_ target: FuzzTarget) async {
        await FuzzRunner.run(target)
    }
}
