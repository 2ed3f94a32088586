import BudgetBenchSegment
import Foundation

/// Reads indicator triples from every table with a header row naming the indicator levels
/// (一级指标 | 二级指标 | 三级指标, or 指标名称 over three columns).
public struct IndicatorReader: Sendable {
    // Stored once: a regex literal in a function body is compiled again on every call.
    private enum Patterns {
        nonisolated(unsafe) static let numberedLabel = #/指标\d+/#
        nonisolated(unsafe) static let target = #/年度指标值|指标值|目标值|预期值/#
        nonisolated(unsafe) static let actual = #/全年完成值|实际完成值|完成值/#
        nonisolated(unsafe) static let score = #/自评得分|得分|评分/#
        nonisolated(unsafe) static let bracketedWeight = #/[（(](\d+(?:\.\d+)?)分[）)]$/#
        nonisolated(unsafe) static let trailingWeight = #/\s(\d+(?:\.\d+)?)\s*$/#
    }

    /// Short names of the levels (产出指标 → 产出, 产出数量 → 数量).
    public static let level1Names = ["效果": "效益", "部门决策": "决策", "部门管理": "管理", "部门绩效": "绩效"]

    public init() {}

    public func indicators(in tables: [Table]) -> [Indicator] {
        tables.enumerated().flatMap { index, table in indicators(in: table, index: index + 1) }
    }

    private struct Roles {
        var level1: Int, level2: Int, level3: Int
        var target: Int?, actual: Int?, score: Int?
        var weights: [Int]?
    }

    private func indicators(in table: Table, index: Int) -> [Indicator] {
        let rows = table.header + table.body
        let pages = Array(repeating: table.firstPage, count: table.header.count) + table.rowPages
        var result: [Indicator] = []
        var row = 0
        while row < rows.count {
            guard var roles = roles(rows, at: row) else {
                row += 1
                continue
            }
            if row + 1 < rows.count, Names.compact(rows[row + 1][roles.level1]) == "名称" {
                roles.weights = [roles.level1 + 1, roles.level2 + 1, roles.level3 + 1]
                row += 1
            }
            let project = rows[..<row].first { Names.compact($0.first ?? "") == "项目名称" }.flatMap { cells in cells.dropFirst().first { !$0.isEmpty } }
            var level1 = FilledDown()
            var level2 = FilledDown()
            row += 1
            while row < rows.count, self.roles(rows, at: row) == nil {
                let cells = rows[row]
                defer { row += 1 }
                if cells.prefix(3).contains(where: { Names.compact($0).hasPrefix("合计") || Names.compact($0).hasPrefix("总分") }) { break }
                var level3 = cells[roles.level3]
                if Names.compact(level3).wholeMatch(of: Patterns.numberedLabel) != nil, roles.level3 + 1 < cells.count {
                    level3 = cells[roles.level3 + 1]  // 三级指标 spans a label column (指标1) and the name
                }
                // A level cell counts also on a row without a 三级指标 (a merged cell's text may sit there).
                if level1.read(cells[roles.level1], row: row) {
                    rename(&result, from: level1.start) { $0.level1 = level1.name; $0.canonicalLevel1 = Self.canonical(level1.name, names: Self.level1Names) }
                }
                if level2.read(cells[roles.level2], row: row) {
                    rename(&result, from: level2.start) { $0.level2 = level2.name; $0.canonicalLevel2 = Self.canonical(level2.name, names: [:]) }
                }
                guard !level3.isEmpty else { continue }
                level1.begin(at: result.count)
                level2.begin(at: result.count)
                let (name, weight) = Self.splitWeight(level3)
                let level1 = level1.name
                let level2 = level2.name
                result.append(Indicator(
                    level1: level1, level2: level2, level3: name,
                    canonicalLevel1: Self.canonical(level1, names: Self.level1Names),
                    canonicalLevel2: Self.canonical(level2, names: [:]),
                    target: roles.target.flatMap { cells[$0].isEmpty ? nil : Quantity(cells[$0]) },
                    actual: roles.actual.flatMap { cells[$0].isEmpty ? nil : Quantity(cells[$0]) },
                    weight: roles.weights.map { cells[$0[2]] } ?? weight,
                    score: roles.score.flatMap { cells[$0].isEmpty ? nil : cells[$0] },
                    project: project, table: index, page: pages[row]))
            }
        }
        return result
    }

    private func rename(_ indicators: inout [Indicator], from start: Int?, _ change: (inout Indicator) -> Void) {
        guard let start else { return }
        for index in start..<indicators.count { change(&indicators[index]) }
    }

    /// The columns of a header row naming the indicator levels (with 得分 and the like from up
    /// to two rows above, where a grouped header names them).
    private func roles(_ rows: [[String]], at index: Int) -> Roles? {
        // A grouped header may run its words together (`评价指标一级指标`): look for the words inside cells.
        let cells = rows[index].map(Names.compact)
        let column = { (word: String) in cells.firstIndex { $0.hasSuffix(word) } }
        let named = column("指标名称")
        guard let level1 = column("一级指标") ?? named, level1 + 2 < cells.count else { return nil }
        let level2 = column("二级指标") ?? level1 + 1
        let level3 = column("三级指标") ?? level1 + 2
        guard named != nil || column("三级指标") != nil || column("二级指标") != nil else { return nil }
        func find(_ pattern: Regex<Substring>) -> Int? {
            for row in stride(from: index, through: max(0, index - 2), by: -1) {
                if let column = rows[row].map(Names.compact).firstIndex(where: { $0.wholeMatch(of: pattern) != nil }) { return column }
            }
            return nil
        }
        return Roles(level1: level1, level2: level2, level3: level3,
                     target: find(Patterns.target), actual: find(Patterns.actual),
                     score: find(Patterns.score))
    }

    /// `立项依据 充分性（3分）` → (`立项依据充分性`, `3`); `决策 15` → (`决策`, `15`).
    static func splitWeight(_ text: String) -> (name: String, weight: String?) {
        let compact = Names.compact(text)
        if let match = compact.firstMatch(of: Patterns.bracketedWeight) {
            return (String(compact[..<match.range.lowerBound]), String(match.output.1))
        }
        if let match = text.firstMatch(of: Patterns.trailingWeight) {
            return (Names.compact(String(text[..<match.range.lowerBound])), String(match.output.1))
        }
        return (compact, nil)
    }

    /// The short form of a level name: no 指标 suffix, no 产出 prefix before 数量/质量/时效/成本,
    /// no weight in parentheses.
    static func canonical(_ name: String, names: [String: String]) -> String {
        var short = name.replacingOccurrences(of: #"[（(].*[）)]$"#, with: "", options: .regularExpression)
        if short.hasSuffix("指标") { short.removeLast(2) }
        if short.hasPrefix("产出"), ["数量", "质量", "时效", "成本"].contains(String(short.dropFirst(2))) { short.removeFirst(2) }
        return names[short] ?? short
    }
}
