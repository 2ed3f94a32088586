import Foundation

/// The hand-labelled unit grouping and headline figures of the real reports
/// (`Corpus/real-truth/comparison`, schema in the README beside it).
public enum ComparisonTruth {
    public struct Units: Decodable, Sendable {
        public struct File: Decodable, Sendable {
            public let file: String
            public let unit: String
            public let placeholder: Bool
            public let logicalReport: String
        }

        public let distinctRealUnits: Int
        public let files: [File]
    }

    /// One logical report's labelled KPI values (万元 exact; shares rounded to 4 places), by KPI id.
    public struct Report: Sendable {
        public let logicalReport: String
        public let files: Set<String>
        public let expected: [String: Decimal]
    }

    public struct KPIs: Sendable {
        public let reports: [Report]
    }

    static let folder = Repository.root.appendingPathComponent("Corpus/real-truth/comparison")

    public static func units() throws -> Units {
        try JSONDecoder().decode(Units.self, from: Data(contentsOf: folder.appendingPathComponent("units.json")))
    }

    /// The labels of `kpis.json` the product's KPIs state: 支出总额 of all funds and of the 财政拨款
    /// funds, 基本支出占比, the “三公” total, staff.
    public static func kpis() throws -> KPIs {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("kpis.json"))) as? [String: Any] ?? [:]
        let reports = (json["reports"] as? [[String: Any]] ?? []).map { report -> Report in
            func value(_ path: String...) -> Decimal? {
                var node: Any? = report
                for key in path {
                    node = (node as? [String: Any])?[key]
                }
                return (node as? String).flatMap { Decimal(string: $0) }
            }
            var expected: [String: Decimal] = [:]
            expected["total_expenditure"] = value("allFunds", "expenditureTotal", "value")
            expected["fiscal_allocation_expenditure"] = value("fiscalAllocation", "expenditureTotal", "value")
            expected["basic_share"] = value("basicProject", "basicShare", "rounded")
            expected["sangong_total"] = value("threePublic", "total", "value")
            let staff = (report["staff"] as? [[String: Any]])?.first
            if let authorized = staff?["authorized"] as? Int {
                expected["staff_authorized"] = Decimal(authorized)
            }
            return Report(logicalReport: report["logicalReport"] as? String ?? "", files: Set(report["files"] as? [String] ?? []),
                          expected: expected)
        }
        return KPIs(reports: reports)
    }
}
