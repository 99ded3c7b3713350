/// The three kinds of order; fixed when the order is created.
enum MPTOrderType: String, Sendable, CaseIterable {
    /// The first order of an agreement: it creates the agreement when it completes.
    case purchase = "Purchase"
    /// Changes quantities of an agreement's subscriptions, or adds items to it.
    case change = "Change"
    /// Terminates subscriptions of an agreement (all of them terminate the agreement).
    case termination = "Termination"
}
