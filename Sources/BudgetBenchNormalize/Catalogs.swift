/// The editable reference data normalization reads: the centers and the classification codes.
public struct Catalogs: Sendable {
    public var centers: CenterCatalog
    public var codes: CodeCatalog

    public init(centers: CenterCatalog, codes: CodeCatalog) {
        self.centers = centers
        self.codes = codes
    }

    /// The catalogs bundled with BudgetBench.
    public static func bundled() throws -> Catalogs {
        Catalogs(centers: try CenterCatalog.bundled(), codes: try CodeCatalog.bundled())
    }
}
