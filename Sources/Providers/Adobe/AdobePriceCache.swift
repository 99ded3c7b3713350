import OrderKit

/// The price lists one client has read, by the month it asked for: every order detail and
/// line form would otherwise read the whole list again. Concurrent callers share one read;
/// a read that failed is forgotten, so the next caller tries again.
actor AdobePriceCache {
    private var lists: [AdobePriceListMonth: Task<[Offer], any Error>] = [:]

    func offers(for month: AdobePriceListMonth,
                read: @escaping @Sendable () async throws -> [Offer]) async throws -> [Offer] {
        let task = lists[month] ?? Task { try await read() }
        lists[month] = task
        do {
            return try await task.value
        } catch {
            if lists[month] == task { lists[month] = nil }
            throw error
        }
    }
}
