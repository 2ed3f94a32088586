import BudgetBenchNormalize
import BudgetBenchStore
import Foundation

/// KPIs × centers, with the value each center's chosen report supplies, peer statistics and
/// notes where values are not comparable.
public struct Comparison: Sendable {
    /// One center's value of one KPI.
    public struct Cell: Sendable {
        public var value: KPIValue
        /// 1 for the highest value among the centers; nil for text values.
        public var rank: Int?
        /// Same year and basis as most of the row's values.
        public var comparable: Bool
        /// Why this report was chosen, when the center has several that supply the KPI.
        public var choice: Choice?
    }

    /// A center with several reports that supply a KPI: the rule that picked `value`'s report.
    public struct Choice: Sendable {
        /// How many of the center's other reports supply the KPI.
        public var others: Int
        /// The KPI's kinds of report, preferred first (after the latest year).
        public var kinds: [ReportIdentity.Kind]

        public func text(chosen value: KPIValue, _ language: Language) -> String {
            let year = value.year.map(String.init) ?? "?"
            return language == .zh
                ? "取 \(value.file)（\(year) 年 \(ReportIdentity.Kind.name(value.kind, language))），另有 \(others) 份报告：先取最近年度，再按 \(kinds.map { $0.name(language) }.joined(separator: " > "))"
                : "\(value.file) (\(year) \(ReportIdentity.Kind.name(value.kind, language))) chosen over \(others) other report(s): latest year, then \(kinds.map { $0.name(language) }.joined(separator: " > "))"
        }
    }

    /// Why a row's values do not all compare: what they mix.
    public struct Caution: Sendable {
        /// The years of the row's values, when more than one.
        public var years: [Int]
        /// The bases of the row's values, when more than one.
        public var bases: [Amount.Basis]
        public var mixesKinds: Bool
        /// Some values fail their report's sums and are left out of ranks and median.
        public var contradicted: Bool
    }

    public struct Row: Sendable {
        public var kpi: KPI
        /// By center key.
        public var cells: [String: Cell]
        public var median: Decimal?
        public var minimum: Decimal?
        public var maximum: Decimal?
        public var caution: Caution

        /// What the row mixes, then the KPI's caveat, in `language`.
        public func note(_ language: Language) -> String {
            let zh = language == .zh
            var parts: [String] = []
            if !caution.years.isEmpty {
                let years = caution.years.map(String.init)
                parts.append(zh ? "年度不同（\(years.joined(separator: "、"))）" : "years differ (\(years.joined(separator: ", ")))")
            }
            if !caution.bases.isEmpty {
                let names = caution.bases.map { $0.name(language) }
                parts.append(zh ? "混合了\(names.joined(separator: "与"))" : "mixes \(names.joined(separator: " and "))")
            }
            if caution.mixesKinds {
                parts.append(zh ? "混合了不同类型的报告" : "mixes kinds of report")
            }
            if caution.contradicted {
                parts.append(zh ? "部分数字未通过报告自身的合计校验，不参与排名和中位数"
                                : "some figures fail their report's own sums (contradicted) and are left out of ranks and median")
            }
            let caveat = zh ? kpi.caveatZh : kpi.caveat
            if !caveat.isEmpty {
                parts.append(caveat)
            }
            return parts.joined(separator: zh ? "；" : "; ")
        }
    }

    public var centers: [PeerCenter]
    public var rows: [Row]
    /// The fiscal years compared, when the user chose them.
    public var years: ClosedRange<Int>?
    /// Reports left out of the comparison, with the reason (a template's placeholder unit).
    public var excluded: [(file: String, reason: String)]

    /// Compares the centers of `reports`, optionally only those `centers` name and reports of
    /// `years`; `choices` are the user's unit merges and names, `groups` the user's report
    /// groupings (path → group). Values of any of the chosen `years` compare with each other;
    /// without them, values up to `yearWindow` years from the row's most common year do (0: the
    /// same year only).
    public init(reports: [StoredReport], centers filter: [String]? = nil, years: ClosedRange<Int>? = nil, choices: [UnitChoice] = [],
                groups: [String: String] = [:], yearWindow: Int = 0) {
        self.years = years
        let placeholders = reports.filter(\.identity.isPlaceholder)
        excluded = placeholders.map { ($0.fileName, "placeholder unit \($0.identity.entity ?? "?") (a template): not compared") }
        let inYear = reports.filter { report in
            !report.identity.isPlaceholder && (years.map { report.identity.year.map($0.contains) ?? false } ?? true)
        }
        let centers = PeerCenter.grouping(inYear, choices: choices, groups: groups)
            .filter { center in filter.map { $0.contains(where: center.matches) } ?? true }
        self.centers = centers
        let figures = Dictionary(uniqueKeysWithValues: centers.flatMap(\.logicalReports).map { ($0.key, ReportFigures($0)) })
        rows = KPICatalog.kpis(for: figures.values).map { kpi in
            Self.row(kpi, centers: centers, figures: figures, years: years, yearWindow: yearWindow)
        }
    }

    private static func row(_ kpi: KPI, centers: [PeerCenter], figures: [LogicalReport.Key: ReportFigures], years chosen: ClosedRange<Int>?,
                            yearWindow: Int) -> Row {
        var cells: [String: Cell] = [:]
        for center in centers {
            let candidates = center.logicalReports.compactMap { figures[$0.key]?.values[kpi.id] }.sorted { preferred($0, over: $1, kpi: kpi) }
            guard let chosen = candidates.first else { continue }
            let choice = candidates.count > 1 ? Choice(others: candidates.count - 1, kinds: kpi.kinds) : nil
            cells[center.key] = Cell(value: chosen, rank: nil, comparable: true, choice: choice)
        }
        let years = cells.values.compactMap(\.value.year)
        let modalYear = Self.mode(years)
        let modalBasis = Self.mode(cells.values.map(\.value.basis.rawValue)).flatMap(Amount.Basis.init(rawValue:))
        for (key, cell) in cells {
            let near = chosen.map { range in cell.value.year.map(range.contains) ?? false }
                ?? cell.value.year.flatMap { year in modalYear.map { abs(year - $0) <= yearWindow } } ?? (cell.value.year == modalYear)
            cells[key]?.comparable = near && cell.value.basis == modalBasis && !cell.value.contradicted
        }
        // Ranks and the median use only comparable values (same year, basis and kind as most of
        // the row; not contradicted); a row with one such value has no rank.
        let modalKind = Self.mode(cells.values.compactMap(\.value.kind?.rawValue))
        for (key, cell) in cells where cell.value.kind?.rawValue != modalKind {
            cells[key]?.comparable = false
        }
        let keys = cells.keys.filter { cells[$0]?.value.number != nil && cells[$0]?.comparable == true }.sorted()
        let numbers = keys.compactMap { cells[$0]?.value.number }
        if numbers.count > 1 {
            for (key, rank) in zip(keys, Statistics.ranks(numbers)) {
                cells[key]?.rank = rank
            }
        }
        let distinctYears = Set(years).sorted(), bases = Set(cells.values.map(\.value.basis)).sorted { $0.rawValue < $1.rawValue }
        let caution = Caution(years: distinctYears.count > 1 ? distinctYears : [], bases: bases.count > 1 ? bases : [],
                              mixesKinds: Set(cells.values.compactMap(\.value.kind)).count > 1,
                              contradicted: cells.values.contains(where: \.value.contradicted))
        // A lone value is no peer median: a unit measured against itself would stand at 0 %.
        return Row(kpi: kpi, cells: cells, median: numbers.count > 1 ? Statistics.median(numbers) : nil, minimum: numbers.min(), maximum: numbers.max(),
                   caution: caution)
    }

    /// Latest year first, then the KPI's preferred kind of report, then the latest stored.
    private static func preferred(_ value: KPIValue, over other: KPIValue, kpi: KPI) -> Bool {
        let rank = { (value: KPIValue) in value.kind.flatMap { kpi.kinds.firstIndex(of: $0) } ?? kpi.kinds.count }
        return (value.year ?? 0, -rank(value), value.reportID) > (other.year ?? 0, -rank(other), other.reportID)
    }

    /// The most frequent value; ties go to the largest.
    private static func mode<Value: Hashable & Comparable>(_ values: [Value]) -> Value? {
        Dictionary(grouping: values, by: { $0 }).max { ($0.value.count, $0.key) < ($1.value.count, $1.key) }?.key
    }

    /// Rows that have a value for at least one center.
    public var filledRows: [Row] { rows.filter { !$0.cells.isEmpty } }
}
