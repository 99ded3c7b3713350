import Foundation

/// Where an account's known orders are kept: every order placed through ordercon and every
/// id added with `ordercon track` (the Store), with the last copy of each.
///
/// A protocol so that `KnownOrderList` needs no database, and its tests an in-memory book.
public protocol KnownOrderBook: Sendable {
    /// Every order `account` follows, in the order they became known.
    func knownOrders(account: String) throws -> [KnownOrder]
    /// Follows these orders (each already read from the provider) and keeps them as last copies.
    func track(_ orders: [Order], account: String, at date: Date) throws
    /// Stops following these ids; returns the ones that were followed.
    func untrack(_ ids: [String], account: String) throws -> [String]
    /// Keeps fresh copies of orders already followed, read at `date`; an id no longer
    /// followed (untracked meanwhile) stays untracked.
    func noteRead(_ orders: [Order], account: String, at date: Date) throws
}
