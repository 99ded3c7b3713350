import Foundation
import Hummingbird

/// `/_sandbox/faults`, outside every provider's prefix, for scripts: `GET` shows the
/// faults in force and the counters, `PUT` with a `--faults` text in the body replaces
/// them, `DELETE` switches them off.
struct FaultControlRoutes {
    let injector: FaultInjector

    func register(on router: Router<some RequestContext>) {
        router.get(RouterPath(FaultInjector.controlPath)) { _, _ in report() }
        router.put(RouterPath(FaultInjector.controlPath)) { request, _ in
            let text = String(buffer: try await request.body.collect(upTo: 4096))
            do {
                injector.set(try SandboxFaults(parsing: text))
            } catch {
                return Response(status: .badRequest, headers: [.contentType: "text/plain"],
                                body: ResponseBody(byteBuffer: ByteBuffer(string: "faults \(error)\n")))
            }
            return report()
        }
        router.delete(RouterPath(FaultInjector.controlPath)) { _, _ in
            injector.set(.none)
            return report()
        }
    }

    /// `{"faults": TEXT, "requests": N, "injected": {"reset.after": N, …}}`.
    private func report() -> Response {
        let counters = injector.counters
        let object: [String: Any] = ["faults": injector.faults.description, "requests": counters.requests,
                                     "injected": counters.injected]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
