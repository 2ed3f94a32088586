import BudgetBenchNormalize
import BudgetBenchStore

extension StoredReport {
    /// The rows of the report's main `scheme` table, the one its KPIs read.
    public func mainTable(_ scheme: Amount.Scheme) -> [Amount] {
        amounts.mainTable(scheme)
    }
}
