import BudgetBenchExtract
import BudgetBenchSegment
import Foundation
import Testing
import TestSupport

/// The 29 real published budgets and final accounts in ../shared/real: every file segments
/// without error, and the function-classified tables found add up (类 = Σ款, 款 = Σ项).
@Suite struct RealLayoutTests {
    static var files: [String] { Repository.realReports }

    /// Parent rows checked and holding, over a table's coded rows (codes in one column or in 类|款|项).
    static func parentChecks(_ table: Table) -> (checked: Int, holding: Int, failing: [String]) {
        var sections: [[String: Decimal]] = []
        var values: [String: Decimal] = [:]
        for row in table.body {
            let cells = row.map { $0.filter { !$0.isWhitespace } }
            var index = 0
            // Each side of a row: a code (one cell of 3/5/7 digits, or 类 | 款 | 项 cells), a name, a figure.
            while index < cells.count {
                var code = ""
                var next = index
                while next < cells.count, cells[next].allSatisfy(\.isNumber),
                      (code.isEmpty ? [3, 5, 7] : [0, 2]).contains(cells[next].count), code.count < 7 {
                    code += cells[next]
                    next += 1
                    if code.count == 3 || code.count == 5, next < cells.count, !cells[next].allSatisfy(\.isNumber) { break }
                }
                guard [3, 5, 7].contains(code.count),
                      let name = cells[next...].firstIndex(where: { !$0.isEmpty }),
                      let figure = cells[(name + 1)...].firstIndex(where: { !$0.isEmpty }),
                      let value = Decimal(string: cells[figure].replacingOccurrences(of: ",", with: ""))
                else {
                    index = max(next, index + 1)
                    continue
                }
                if values[code] != nil {  // the code again: a new section of the table (基本支出, then 项目支出)
                    sections.append(values)
                    values = [:]
                }
                values[code] = value
                index = figure + 1
            }
        }
        sections.append(values)
        var checked = 0
        var holding = 0
        var failing: [String] = []
        for values in sections {
          for (code, value) in values where code.count < 7 {
            let children = values.filter { $0.key.count == code.count + 2 && $0.key.hasPrefix(code) }
            guard !children.isEmpty else { continue }
            checked += 1
            if children.values.reduce(0, +) == value {
                holding += 1
            } else {
                failing.append("\(table.title ?? "?") \(code) \(value) ≠ Σ \(children.values.reduce(0, +))")
            }
          }
        }
        return (checked, holding, failing)
    }

    /// Runs where the real reports sit beside the repository (as in CI); a bare clone has none.
    @Test(.enabled(if: !files.isEmpty, "needs the real reports in ../shared/real"))
    func realReportsSegmentAndAddUp() async throws {
        let files = Self.files
        var (checked, holding, tables) = (0, 0, 0)
        for report in try await RealReports.parsed.value {
            let segmented = report.segmented
            let results = segmented.tables.map(Self.parentChecks)
            let sums = results.reduce((0, 0)) { ($0.0 + $1.checked, $0.1 + $1.holding) }
            print("\(report.name): \(segmented.tables.count) tables, parent rows \(sums.1)/\(sums.0)",
                  results.flatMap(\.failing).prefix(5))
            tables += segmented.tables.count
            checked += sums.0
            holding += sums.1
        }
        print("real reports: \(files.count) files, \(tables) tables, parent rows adding up \(holding)/\(checked)")
        #expect(files.count == 29)
        #expect(checked > 100)
        #expect(Double(holding) >= 0.98 * Double(checked))
    }
}
