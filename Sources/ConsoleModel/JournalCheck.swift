/// Progress of the start-up reconciliation of the placement journal.
public enum JournalCheck: Sendable, Equatable {
    case pending
    case running
    case done
}
