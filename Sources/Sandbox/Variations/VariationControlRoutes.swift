import Foundation
import Hummingbird

/// `/_sandbox/variations`, beside the faults' control route: `GET` shows the variations in
/// force, `PUT` with a `--variations` text (`on`, `seed=N`) sets them, `DELETE` switches
/// them off, so a running sandbox can vary its answers for one test and not the next.
struct VariationControlRoutes {
    let state: VariationState

    func register(on router: Router<some RequestContext>) {
        router.get(RouterPath(VariationState.controlPath)) { _, _ in report() }
        router.put(RouterPath(VariationState.controlPath)) { request, _ in
            let text = String(buffer: try await request.body.collect(upTo: 256))
            do {
                state.set(try SandboxVariations(parsing: text))
            } catch {
                return Response(status: .badRequest, headers: [.contentType: "text/plain"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: "variations \(error)\n")))
            }
            return report()
        }
        router.delete(RouterPath(VariationState.controlPath)) { _, _ in
            state.set(.off)
            return report()
        }
    }

    /// `{"variations": TEXT}`.
    private func report() -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: ["variations": state.variations.description])) ?? Data()
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
