/// The order statuses of the Marketplace commerce API (seed 004).
enum MPTStatus {
    static let new = "New"
    static let draft = "Draft"
    static let quoted = "Quoted"
    static let processing = "Processing"
    static let querying = "Querying"
    static let completed = "Completed"
    static let failed = "Failed"
    static let deleted = "Deleted"

    /// Statuses the buyer may still edit lines in and quote (and, from Draft, delete).
    static let unplaced = [new, draft, quoted]
}
