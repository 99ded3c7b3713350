import Foundation
import OrderKit

/// `ordercon watch`: polls one order until it reaches a final phase or time runs out.
/// Passing network trouble is waited out; refused credentials or a missing order end it.
public struct OrderWatcher: Sendable {
    public enum Outcome: Sendable, Equatable {
        case completed(Order)
        /// Failed, cancelled or expired.
        case ended(Order)
        case timedOut(last: Order?)

        /// 0 on completed, 2 on failed, cancelled or expired, 1 on timeout.
        public var exitCode: Int32 {
            switch self {
            case .completed: 0
            case .ended: 2
            case .timedOut: 1
            }
        }
    }

    public var provider: any OrderProvider
    public var orderID: String
    public var interval: TimeInterval
    public var timeout: TimeInterval

    public init(provider: any OrderProvider, orderID: String, interval: TimeInterval = 2, timeout: TimeInterval) {
        self.provider = provider
        self.orderID = orderID
        self.interval = interval
        self.timeout = timeout
    }

    /// Calls `onChange` with the order whenever its status differs from the last one seen,
    /// and `onTrouble` with a passing error.
    public func run(onChange: (Order) -> Void, onTrouble: (OrderError) -> Void = { _ in }) async throws -> Outcome {
        let deadline = Date().addingTimeInterval(timeout)
        var last: Order?
        while true {
            do {
                let order = try await provider.order(id: orderID)
                if order.status != last?.status || order.phase != last?.phase { onChange(order) }
                last = order
                if order.phase == .completed { return .completed(order) }
                if order.phase.isFinal { return .ended(order) }
            } catch let error as OrderError {
                switch error {
                case .unreachable, .timedOut, .serverFailure, .rateLimited, .malformedResponse: onTrouble(error)
                default: throw error
                }
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return .timedOut(last: last) }
            try await Task.sleep(for: .seconds(min(interval, remaining)))
            if Date() >= deadline { return .timedOut(last: last) }
        }
    }
}
