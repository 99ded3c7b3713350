/// The list envelope `{"$meta":{"pagination":{offset,limit,total}},"data":[…]}`.
struct MPTPagePayload<Element: Decodable>: Decodable {
    struct Meta: Decodable {
        var pagination: Pagination
        enum CodingKeys: String, CodingKey { case pagination }
    }

    struct Pagination: Decodable {
        var offset: Int
        var limit: Int
        var total: Int
        enum CodingKeys: String, CodingKey { case offset, limit, total }
    }

    var meta: Meta
    var data: [Element]

    enum CodingKeys: String, CodingKey { case meta = "$meta", data }
}
