/// The list envelope `{"$meta":{"pagination":{offset,limit,total}},"data":[…]}`.
struct MPTPage<Element: Encodable>: Encodable {
    var offset: Int
    var limit: Int
    var total: Int
    var data: [Element]

    enum CodingKeys: String, CodingKey { case meta = "$meta", data }
    private enum MetaKeys: String, CodingKey { case pagination }
    private enum PaginationKeys: String, CodingKey { case offset, limit, total }

    /// The page of `all` that `offset` and `limit` select.
    init(_ all: [Element], offset: Int, limit: Int) {
        self.offset = offset
        self.limit = limit
        total = all.count
        data = Array(all.dropFirst(offset).prefix(limit))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var meta = container.nestedContainer(keyedBy: MetaKeys.self, forKey: .meta)
        var pagination = meta.nestedContainer(keyedBy: PaginationKeys.self, forKey: .pagination)
        try pagination.encode(offset, forKey: .offset)
        try pagination.encode(limit, forKey: .limit)
        try pagination.encode(total, forKey: .total)
        try container.encode(data, forKey: .data)
    }
}
