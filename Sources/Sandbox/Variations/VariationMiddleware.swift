import Foundation
import Hummingbird

/// Varies the JSON answers of successful reads (`SandboxVariations`); writes and XML are
/// answered as the books give them. Each answer draws from the seed and its own request
/// number, so the same requests in the same order vary the same way.
struct VariationMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: VariationState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response {
        let response = try await next(request, context)
        guard request.method == .get, (200..<300).contains(response.status.code),
              response.headers[.contentType]?.hasPrefix("application/json") == true,
              let (variations, number) = state.nextAnswer() else { return response }
        let collector = CollectedBody()
        try await response.body.write(collector)
        let path = request.uri.path
        var variation = AnswerVariation(random: SeededRandom(seed: variations.seed &* 1_000_003 &+ number),
                                        anyCase: OrderListShape.anyCase(path: path), list: OrderListShape.of(path: path),
                                        spellings: AlternateSpellings.of(path: path, seed: variations.seed, answer: number))
        let body = variation.vary(collector.data) ?? collector.data
        var headers = response.headers
        headers[.contentLength] = String(body.count)
        return Response(status: response.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
