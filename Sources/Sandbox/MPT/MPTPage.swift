/// The list envelope `{"$meta":{"pagination":{offset,limit,total},"omitted":[…]},"data":[…]}`;
/// `omitted` names what the elements leave out because the query did not select it.
struct MPTPage<Element: Encodable>: Encodable {
    var offset: Int
    var limit: Int
    var total: Int
    var data: [Element]
    var omitted: [String] = []

    enum CodingKeys: String, CodingKey { case meta = "$meta", data }
    private enum MetaKeys: String, CodingKey { case pagination, omitted }
    private enum PaginationKeys: String, CodingKey { case offset, limit, total }

    /// The page of `all` that `offset` and `limit` select.
    init(_ all: [Element], offset: Int, limit: Int) {
        self.offset = offset
        self.limit = limit
        total = all.count
        data = Array(all.dropFirst(offset).prefix(limit))
    }

    /// The page `query` asks for, of objects shown as its `select` says.
    static func selected<Value: MPTSelectable>(_ all: [Value], _ query: MPTQuery) -> MPTPage<MPTSelected<Value>>
        where Element == MPTSelected<Value> {
        var page = MPTPage(all.map { $0.selected(query.select, meta: false) }, offset: query.offset, limit: query.limit)
        page.omitted = query.select.omitted(from: Value.omittable)
        return page
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var meta = container.nestedContainer(keyedBy: MetaKeys.self, forKey: .meta)
        var pagination = meta.nestedContainer(keyedBy: PaginationKeys.self, forKey: .pagination)
        try pagination.encode(offset, forKey: .offset)
        try pagination.encode(limit, forKey: .limit)
        try pagination.encode(total, forKey: .total)
        if !omitted.isEmpty { try meta.encode(omitted, forKey: .omitted) }
        try container.encode(data, forKey: .data)
    }
}
