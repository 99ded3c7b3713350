/// One page of a collection in the paged envelope the sandbox serves when paging is on
/// (`PUT /whitelabel/_sandbox/paging`): the list under `Items` and the paging metadata,
/// the names the client's `WhiteLabelPage` reads (a decision: the public reference
/// documents paging without fixing the envelope's names).
struct WhiteLabelCollectionPage<Element: Encodable>: Encodable {
    var items: [Element]
    var page: Int
    var pageSize: Int
    var totalCount: Int
    var totalPages: Int

    enum CodingKeys: String, CodingKey {
        case items = "Items", page = "Page", pageSize = "PageSize", totalCount = "TotalCount", totalPages = "TotalPages"
    }

    /// Page `page` (from 1) of `all`, `pageSize` elements per page.
    init(_ all: [Element], page: Int, pageSize: Int) {
        items = Array(all.dropFirst((page - 1) * pageSize).prefix(pageSize))
        self.page = page
        self.pageSize = pageSize
        totalCount = all.count
        totalPages = max(1, (all.count + pageSize - 1) / pageSize)
    }
}
