import BudgetBenchNormalize
import BudgetBenchSegment

/// A database of ingested reports, whichever engine holds it: the SQLite file (`ReportStore`,
/// the default) or a PostgreSQL server (the BudgetBenchPostgres module). Ingest, list, export
/// and compare use only this, so both behave alike: one transaction per document, the same
/// skip-unchanged and replace rules, the same rows read back.
///
/// Requirements are `async` because a server answers over the network; the SQLite store
/// meets them with its synchronous methods.
public protocol ReportDatabase: Sendable {
    /// Where the database is, for messages: a file path, or a URL without its password.
    var location: String { get }

    /// The version stored for `path`, if any.
    func storedVersion(path: String) async throws -> StoredVersion?

    /// The failure recorded for `path`, if any (a file without a readable hash has none to compare).
    func failure(path: String) async throws -> StoredFailure?

    /// Removes what is stored for `path` (its rows go with it).
    func remove(path: String) async throws

    /// Another path already stored with the same bytes and parser, so the content is never stored twice.
    func pathStoring(sha256: String, parserVersion: String, except path: String) async throws -> String?

    /// Number of rows in one of the schema's tables.
    func count(_ table: StoreTable) async throws -> Int

    /// Stores one document's rows in one transaction, replacing what an earlier run stored for
    /// its path and clearing an earlier failure of that path.
    func save(_ rows: DocumentRows) async throws -> SaveOutcome

    /// Records why a file could not be ingested; what an earlier run stored for it is kept.
    func recordFailure(path: String, sha256: String?, page: Int?, reason: String, parserVersion: String) async throws

    /// One line per stored document: center, year, kind, pages, counts and file.
    func listing() async throws -> FlatTable

    /// Every row of `subject`, with the document's path, center, year and kind in front.
    func export(_ subject: ExportSubject) async throws -> FlatTable

    /// The rows `reports()` is built from, each table in document and insertion order.
    func snapshot() async throws -> StoreSnapshot

    /// The user's unit choices and report groupings (`budgetbench units`).
    func userChoices() async throws -> UserChoices

    /// Stores a unit choice, replacing an earlier one for the same unit key.
    func save(_ choice: UnitChoice) async throws

    /// Puts a file into a logical report of the user's naming, or back to the automatic grouping (nil).
    func setGroup(path: String, to group: String?) async throws

    /// Ends the connection; a server store must be closed, a file store needs nothing.
    func close() async throws
}

extension ReportDatabase {
    /// Stores a report in one transaction (see `save(_:)`).
    @discardableResult
    public func save(_ model: ReportModel, segmented: SegmentedDocument, provenance: Provenance) async throws -> SaveOutcome {
        try await save(DocumentRows(model: model, segmented: segmented, provenance: provenance))
    }

    /// Every stored report with its rows, in document order.
    public func reports() async throws -> [StoredReport] {
        try await snapshot().reports()
    }
}

/// Whether a save added a path or replaced what an earlier run stored for it.
public enum SaveOutcome: Sendable, Equatable {
    case new, replaced
}

/// What `export` can write, each a flat table with the identity of its document on every row.
public enum ExportSubject: String, Sendable, CaseIterable {
    case documents, amounts, indicators, facts, findings, errors, tables, sections
}

/// How a command uses the database.
public enum StoreAccess: Sendable {
    /// Ingest: created if missing, migrated, written.
    case readWrite
    /// list, export, compare: the database must exist; nothing is written, so a database in a
    /// read-only place can be read, and a mistyped name is an error, not a new empty database.
    case readOnly
}
