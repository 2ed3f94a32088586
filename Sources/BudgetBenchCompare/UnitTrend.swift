import BudgetBenchNormalize
import Foundation

/// One unit across years: each KPI's value per year (the year's logical report chosen as the
/// comparison chooses: the KPI's preferred kind of report first), and the change and growth rate
/// from the year before — computed only between comparable values (same basis and kind of report).
public struct UnitTrend: Sendable {
    public struct Row: Sendable {
        public var kpi: KPI
        public var values: [Int: KPIValue]
        /// By year: the difference from the previous year shown, where both are comparable.
        public var changes: [Int: Decimal]
        /// By year: the change as a fraction of the previous year's value.
        public var growth: [Int: Decimal]
        /// Why a change is missing where both years have a value.
        public var notes: [Int: String]
    }

    public var center: PeerCenter
    public var years: [Int]
    public var rows: [Row]

    /// The trend of `center` over `years` (all its years when nil).
    public init(center: PeerCenter, years: ClosedRange<Int>? = nil) {
        self.center = center
        let byYear = Dictionary(grouping: center.logicalReports.filter { report in
            report.year.map { year in years.map { $0.contains(year) } ?? true } ?? false
        }, by: { $0.year ?? 0 })
        self.years = byYear.keys.sorted()
        // Each report's figures once: they give both the values and the function classes.
        let figures = byYear.mapValues { reports in reports.map(ReportFigures.init) }
        let years = self.years
        rows = KPICatalog.kpis(for: figures.values.joined()).compactMap { kpi in
            var row = Row(kpi: kpi, values: [:], changes: [:], growth: [:], notes: [:])
            for year in years {
                let candidates = (figures[year] ?? []).compactMap { $0.values[kpi.id] }
                let rank = { (value: KPIValue) in value.kind.flatMap { kpi.kinds.firstIndex(of: $0) } ?? kpi.kinds.count }
                row.values[year] = candidates.min { rank($0) < rank($1) }
            }
            guard !row.values.isEmpty else { return nil }
            for (previous, year) in zip(years, years.dropFirst()) {
                guard let before = row.values[previous], let now = row.values[year], let old = before.number, let new = now.number else { continue }
                guard before.basis == now.basis, before.kind == now.kind, !before.contradicted, !now.contradicted else {
                    row.notes[year] = "not comparable with \(previous): \(before.kind?.rawValue ?? "?")/\(before.basis.rawValue) vs \(now.kind?.rawValue ?? "?")/\(now.basis.rawValue)"
                        + (before.contradicted || now.contradicted ? ", or contradicted by its report's sums" : "")
                    continue
                }
                row.changes[year] = new - old
                if old != 0 {
                    row.growth[year] = (new - old) / old
                }
            }
            return row
        }
    }
}
