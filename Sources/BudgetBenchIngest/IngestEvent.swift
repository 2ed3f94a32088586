/// Progress of a batch, reported in order from the one task that writes the database.
public enum IngestEvent: Sendable {
    /// The files of the batch are known.
    case planned(total: Int)
    /// A file is being read.
    case started(path: String)
    /// A file is done, stored or not.
    case finished(FileOutcome)
}
