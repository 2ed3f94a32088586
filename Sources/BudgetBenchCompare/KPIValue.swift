import BudgetBenchNormalize
import Foundation

/// One KPI's value for one report, with where it was read.
public struct KPIValue: Sendable, Equatable {
    public var kpi: String
    /// Numeric value (shares as fractions, 0.25 = 25 %); nil for a text value such as a grade.
    public var number: Decimal?
    public var text: String?
    public var year: Int?
    public var basis: Amount.Basis
    public var kind: ReportIdentity.Kind?
    public var reportID: Int64
    public var file: String
    public var page: Int
    /// Some amount it was computed from fails every identity it takes part in: shown, but marked
    /// and left out of ranks and the median.
    public var contradicted = false
}
