import OrderKit

/// Why a confirmed placement of a server-side draft was not sent: the draft was read again
/// right before `checkout` and no longer matched what was confirmed (someone edited it in
/// the portal), or could not be read at all. Nothing reached the provider either way.
public enum PlacementStop: Sendable, Equatable {
    case changed(now: [OrderItem])
    case unreadable(OrderError)
}
