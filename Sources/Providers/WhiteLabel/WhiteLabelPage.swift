import Foundation
import OrderKit

/// One page of a white-label collection. The public API documents paging for its
/// collections without a response casing or one fixed shape, so a page is either a bare
/// array (the whole collection) or an envelope holding the list and its paging metadata.
///
/// **decision**: the list is under `Items` or `Data`; the metadata is `TotalPages`,
/// `TotalCount` (or `TotalItems`), `PageSize` and `HasNextPage`, at the top of the envelope
/// or inside a `Paging`/`Pagination` object; every key in any casing. Pages are numbered
/// from 1 (`page`, `pageSize` query parameters).
struct WhiteLabelPage {
    static let listKeys = ["Items", "Data"]
    static let metadataKeys = ["Paging", "Pagination"]

    var elements: [JSONValue]
    var totalPages: Int?
    var totalCount: Int?
    var pageSize: Int?
    var hasNextPage: Bool?
    /// False for a bare array: it is the whole collection.
    var isPaged: Bool

    init(body: Data, what: String) throws {
        let answer = try ListElements.elements(of: body, keys: Self.listKeys, matching: .anyCase, what: what)
        elements = answer.list
        guard var envelope = answer.envelope else {
            isPaged = false
            return
        }
        isPaged = true
        var metadata = envelope
        for key in Self.metadataKeys {
            if let nested = envelope.nested(key, { $0 }) {
                metadata = nested
                break
            }
        }
        totalPages = metadata.int("TotalPages")
        totalCount = metadata.int("TotalCount") ?? metadata.int("TotalItems")
        pageSize = metadata.int("PageSize")
        hasNextPage = metadata.bool("HasNextPage")
    }

    /// Whether a page follows page `page`, after `seen` elements in all: as the metadata
    /// says, and never after an empty page or when an envelope says nothing about paging.
    func hasMore(after page: Int, seen: Int) -> Bool {
        guard isPaged, !elements.isEmpty else { return false }
        if let totalPages { return page < totalPages }
        if let totalCount { return seen < totalCount }
        return hasNextPage ?? false
    }
}
