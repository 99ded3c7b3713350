import OrderKit
import Testing

/// Asserts that a call is refused with a given kind of `OrderError` whose one-line detail
/// says the expected thing.
enum MPTExpect {
    enum Refusal: String {
        case conflict, rejected, notFound, authenticationRefused, unsupported
    }

    static func refused(_ expected: Refusal, containing text: String,
                        sourceLocation: SourceLocation = #_sourceLocation,
                        _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("expected \(expected.rawValue) containing '\(text)', but the call succeeded",
                         sourceLocation: sourceLocation)
        } catch let error as OrderError {
            let actual: (Refusal, String)? = switch error {
            case .conflict(let detail): (.conflict, detail)
            case .rejected(let detail): (.rejected, detail)
            case .notFound(let detail): (.notFound, detail)
            case .authenticationRefused(_, let detail): (.authenticationRefused, detail)
            case .unsupported(let detail): (.unsupported, detail)
            default: nil
            }
            guard let actual, actual.0 == expected else {
                Issue.record("expected \(expected.rawValue), got \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(actual.1.contains(text), "detail: \(actual.1)", sourceLocation: sourceLocation)
            #expect(!error.message.contains("\n"), sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected an OrderError, got \(error)", sourceLocation: sourceLocation)
        }
    }
}
