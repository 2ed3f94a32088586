import BudgetBenchSegment
import Foundation

/// Reads indicator triples from the indicator grids of performance forms and tables: a grid is
/// found by its header row naming the indicator levels (一级指标 | 二级指标 | 三级指标, or 指标名称
/// over three columns) wherever that row stands, its columns given roles by their header words
/// (`IndicatorColumns`), its rows read until its total row, a new form or another grid. The
/// form's key–value cells above the grid name the project; its total row (总分, 合计) and grade
/// (评价等级) become facts.
public struct IndicatorReader: Sendable {
    // Stored once: a regex literal in a function body is compiled again on every call.
    private enum Patterns {
        nonisolated(unsafe) static let numberedLabel = #/指标\d+/#
        nonisolated(unsafe) static let bracketedWeight = #/[（(](\d+(?:\.\d+)?)分[）)]$/#
        nonisolated(unsafe) static let trailingWeight = #/\s(\d+(?:\.\d+)?)\s*$/#
        nonisolated(unsafe) static let figure = #/\d+(\.\d+)?/#
    }

    /// Short names of the levels (产出指标 → 产出, 产出数量 → 数量).
    public static let level1Names = ["效果": "效益", "部门决策": "决策", "部门管理": "管理", "部门绩效": "绩效"]
    /// A row whose first cells say this ends its grid with the form's total score.
    static let totalLabels = ["合计", "总分", "总计", "自评得分合计", "得分合计", "总得分", "综合得分", "自评总分"]
    /// A cell naming the form's grade; the grade is in the next cell.
    static let gradeLabels = ["评价等级", "绩效等级", "自评等级", "评定等级", "评价结果", "等级"]
    /// A 三级 cell saying the row holds no indicator.
    static let noIndicator: Set<String> = ["不适用", "无", "/", "-", "—", "——", "－"]

    /// What the reader found: the indicators and the facts of each form's total row and grade.
    public struct Reading: Sendable {
        public var indicators: [Indicator] = []
        public var facts: [Fact] = []
    }

    public init() {}

    public func indicators(in tables: [Table]) -> [Indicator] {
        read(tables).indicators
    }

    /// The roles the reader gives the columns of a table's first indicator grid (一级, 三级, 目标值 …),
    /// by column; empty for a table without one.
    public static func columnRoles(of table: Table) -> [Int: String] {
        let rows = table.header + table.body
        return rows.indices.lazy.compactMap { IndicatorColumns(rows, at: $0, headerCount: table.header.count) }.first?.roleNames ?? [:]
    }

    /// A grid being read, carried over to the next table where a page break cut the form in two.
    private struct OpenGrid {
        var columns: IndicatorColumns
        var columnCount: Int
        var lastPage: Int
        var level1 = FilledDown()
        var level2 = FilledDown()
        /// The weights printed in the level weight columns on the row each name started.
        var level1Weight: String?
        var level2Weight: String?
        /// The index of the grid's first indicator.
        var first: Int
    }

    public func read(_ tables: [Table]) -> Reading {
        var reading = Reading()
        var project = ProjectFields()
        var open: OpenGrid?
        var rowNumber = 0
        for (offset, table) in tables.enumerated() {
            let rows = table.header + table.body
            let pages = Array(repeating: table.firstPage, count: table.header.count) + table.rowPages
            // An untitled table opening the next page with as many columns continues the grid.
            if let grid = open, table.title != nil || table.number != nil || table.firstPage != grid.lastPage + 1
                || table.columnCount != grid.columnCount {
                open = nil
            }
            var hadGrid = open != nil
            var formStart = 0
            for row in rows.indices {
                rowNumber += 1
                let cells = rows[row]
                if let columns = IndicatorColumns(rows, at: row, headerCount: table.header.count) {
                    project.read(rows[formStart..<row])
                    if open?.columns != columns {
                        open = OpenGrid(columns: columns, columnCount: table.columnCount, lastPage: pages[row], first: reading.indicators.count)
                    }
                    hadGrid = true
                    continue
                }
                guard var grid = open else { continue }
                if row > 0, let header = IndicatorColumns(rows, at: row - 1, headerCount: table.header.count), header.headerRows == 2 {
                    continue  // the 名称 | 分值 row under a scoring table's header
                }
                grid.lastPage = pages[row]
                let compact = cells.map(Names.compact)
                // A total row's label is its first filled cell, or in the level columns where a merged
                // level cell's last line ran into the row.
                let isTotal = { (cell: String) in Self.totalLabels.contains(where: cell.hasPrefix) }
                if let label = compact.prefix(3).first(where: isTotal) ?? compact.first(where: { !$0.isEmpty }).flatMap({ isTotal($0) ? $0 : nil }) {
                    // A level name run on into the total row (stacked text past its merged cell) ends there.
                    for level in [Level.first, .second] {
                        var probe = grid[keyPath: level.names]
                        let cell = cells[grid.columns[keyPath: level.column]]
                        if probe.read(cell, row: rowNumber) == .continued {
                            read(level, cell: cell, weight: nil, row: rowNumber, grid: &grid, into: &reading.indicators)
                        }
                    }
                    if let score = Self.totalScore(compact, columns: grid.columns) {
                        reading.facts.append(Self.fact(.evaluationScore, value: score, unit: "分", table: table, index: offset + 1, label: label, page: pages[row]))
                    }
                    open = nil
                    formStart = row + 1
                    continue
                }
                if compact.first(where: { !$0.isEmpty }).map({ $0.hasPrefix("项目名称") }) == true {
                    open = nil
                    formStart = row
                    continue
                }
                read(cells, row: rowNumber, grid: &grid, project: project, into: &reading.indicators, table: offset + 1, page: pages[row])
                open = grid
            }
            if hadGrid, let (grade, label, page) = Self.grade(rows, pages: pages) {
                reading.facts.append(Self.fact(.evaluationGrade, value: grade, unit: "", table: table, index: offset + 1, label: label, page: page))
            }
        }
        return reading
    }

    /// Reads one body row of a grid: the level names it starts or continues, and its indicator.
    private func read(_ cells: [String], row: Int, grid: inout OpenGrid, project: ProjectFields, into result: inout [Indicator], table: Int, page: Int) {
        let columns = grid.columns
        let weightCell = { (column: Int?) in column.flatMap { Names.compact(cells[$0]).isEmpty ? nil : Names.compact(cells[$0]) } }
        // A level cell counts also on a row without a 三级指标 (a merged cell's text may sit there).
        for level in [Level.first, .second] {
            read(level, cell: cells[columns[keyPath: level.column]], weight: weightCell(columns[keyPath: level.weightColumn]),
                 row: row, grid: &grid, into: &result)
        }
        var level3 = cells[columns.level3]
        if Names.compact(level3).wholeMatch(of: Patterns.numberedLabel) != nil, columns.level3 + 1 < cells.count {
            level3 = cells[columns.level3 + 1]  // 三级指标 spans a label column (指标1) and the name
        }
        guard !Names.compact(level3).isEmpty, !Self.noIndicator.contains(Names.compact(level3)) else { return }
        grid.level1.begin(at: result.count)
        grid.level2.begin(at: result.count)
        let (name, weight) = Self.splitWeight(level3)
        let text = { (column: Int?) in column.flatMap { cells[$0].isEmpty ? nil : cells[$0] } }
        var indicator = Indicator(
            level1: grid.level1.name, level2: grid.level2.name, level3: name,
            canonicalLevel1: Self.canonical(grid.level1.name, names: Self.level1Names),
            canonicalLevel2: Self.canonical(grid.level2.name, names: [:]),
            target: text(columns.target).map(Quantity.init), actual: text(columns.actual).map(Quantity.init),
            weight: weightCell(columns.weight) ?? weight, score: text(columns.score),
            project: project.name, table: table, page: page)
        indicator.level1Weight = grid.level1Weight ?? grid.level1.weight
        indicator.level2Weight = grid.level2Weight ?? grid.level2.weight
        indicator.deviationReason = text(columns.reason)
        indicator.projectCode = project.code
        indicator.projectAmount = project.amount
        result.append(indicator)
    }

    /// Where a level (一级 or 二级) is read from and written to.
    private struct Level {
        var column: KeyPath<IndicatorColumns, Int>
        var weightColumn: KeyPath<IndicatorColumns, Int?>
        var names: WritableKeyPath<OpenGrid, FilledDown>
        var printedWeight: WritableKeyPath<OpenGrid, String?>
        var name: WritableKeyPath<Indicator, String>
        var canonical: WritableKeyPath<Indicator, String>
        var weight: WritableKeyPath<Indicator, String?>
        var shortNames: [String: String]

        // Computed: key paths are not Sendable, so a stored static could not be shared.
        static var first: Level {
            Level(column: \.level1, weightColumn: \.level1Weight, names: \.level1, printedWeight: \.level1Weight, name: \.level1,
                  canonical: \.canonicalLevel1, weight: \.level1Weight, shortNames: IndicatorReader.level1Names)
        }
        static var second: Level {
            Level(column: \.level2, weightColumn: \.level2Weight, names: \.level2, printedWeight: \.level2Weight, name: \.level2,
                  canonical: \.canonicalLevel2, weight: \.level2Weight, shortNames: [:])
        }
    }

    /// A level cell of a row: a name it starts names the grid's rows read before any name (a merged
    /// cell's text centered below its first rows, where no border lifted it there); a piece it adds
    /// renames the indicators under the name so far.
    private func read(_ level: Level, cell: String, weight printed: String?, row: Int, grid: inout OpenGrid, into result: inout [Indicator]) {
        let set = { (indicator: inout Indicator, name: String, weight: String?) in
            indicator[keyPath: level.name] = name
            indicator[keyPath: level.canonical] = Self.canonical(name, names: level.shortNames)
            indicator[keyPath: level.weight] = weight
        }
        switch grid[keyPath: level.names].read(cell, row: row) {
        case .started:
            grid[keyPath: level.printedWeight] = printed
            let (name, weight) = (grid[keyPath: level.names].name, printed ?? grid[keyPath: level.names].weight)
            for index in grid.first..<result.count where result[index][keyPath: level.name].isEmpty {
                set(&result[index], name, weight)
                grid[keyPath: level.names].begin(at: index)
            }
        case .continued:
            let names = grid[keyPath: level.names]
            let (name, weight) = (names.name, grid[keyPath: level.printedWeight] ?? names.weight)
            rename(&result, from: names.start) { set(&$0, name, weight) }
        case .none: break
        }
    }

    private func rename(_ indicators: inout [Indicator], from start: Int?, _ change: (inout Indicator) -> Void) {
        guard let start else { return }
        for index in start..<indicators.count { change(&indicators[index]) }
    }

    /// The total row's score: in the grid's 得分 column, else its last figure.
    private static func totalScore(_ cells: [String], columns: IndicatorColumns) -> String? {
        if let column = columns.score, cells[column].wholeMatch(of: Patterns.figure) != nil { return cells[column] }
        return cells.last { $0.wholeMatch(of: Patterns.figure) != nil }
    }

    /// The grade printed beside a grade label (`评价等级 | 优`), with the label and page.
    private static func grade(_ rows: [[String]], pages: [Int]) -> (String, String, Int)? {
        for (row, cells) in rows.enumerated() {
            let compact = cells.map(Names.compact)
            for (column, cell) in compact.enumerated() {
                guard let label = gradeLabels.first(where: cell.hasPrefix) else { continue }
                // The grade in the label's own cell (`评价等级：优`), else in the next filled one.
                let inCell = cell.dropFirst(label.count).drop { "：:".contains($0) }
                guard let value = inCell.isEmpty ? compact.dropFirst(column + 1).first(where: { !$0.isEmpty }) : String(inCell),
                      value.count <= 2, let first = value.first, FactReader.grades.contains(first) else { continue }
                return (value, label, pages[row])
            }
        }
        return nil
    }

    private static func fact(_ key: Fact.Key, value: String, unit: String, table: Table, index: Int, label: String, page: Int) -> Fact {
        Fact(key: key, value: value, unit: unit, basis: .actual, origin: .printedCell,
             source: "表 \(index) \(table.title ?? ""): \(label)", page: page)
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
