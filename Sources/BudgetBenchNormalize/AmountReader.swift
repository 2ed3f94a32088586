import BudgetBenchExtract
import BudgetBenchSegment
import Foundation

/// Reads every figure of a document's function- and economic-classified tables.
///
/// Codes come from a code column, from three 类 | 款 | 项 columns, or, in tables that print only
/// names (收支总表), from the codes the same document prints beside those names elsewhere, else
/// from the code catalog when exactly one code carries the name and the row prints a figure.
public struct AmountReader: Sendable {
    // Regexes are stored once: a literal in a function body is compiled again on every call.
    private enum Patterns {
        nonisolated(unsafe) static let figure = #/-?[0-9][0-9,]*(?:\.[0-9]+)?/#
        nonisolated(unsafe) static let separatedFigure = /[-−]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[-−]?[0-9]+\.[0-9]+/
        nonisolated(unsafe) static let unsigned = #/[\d,]+(\.\d+)?/#
    }

    let catalog: CodeCatalog?

    public init(catalog: CodeCatalog? = nil) {
        self.catalog = catalog
    }

    /// What a table's 合计 row is labelled.
    static let totalLabel = "合计"

    /// The amounts of every classified table, 合计 rows and 人员经费合计 / 公用经费合计 footers
    /// included (code `total`), and a finding for each table whose unit is not printed.
    public func read(_ tables: [Table], kind: ReportIdentity.Kind?) -> (amounts: [Amount], unitFindings: [Finding]) {
        let codes = namedCodes(tables)
        // Tables are read independently of each other, so on all cores.
        let read = Array(tables.enumerated()).concurrentMap { index, table -> (amounts: [Amount], finding: Finding?) in
            let layout = TableAmountLayout(table, reportKind: kind)
            var read = self.amounts(in: table, index: index + 1, layout: layout, codes: codes)
            // A 合计 row belongs to the scheme its table's codes are in; alone it is no amount.
            guard let scheme = read.first(where: { !$0.isTotal })?.scheme else { return ([], nil) }
            for position in read.indices where read[position].isTotal {
                read[position].scheme = scheme
            }
            let finding = layout.unitIsMissing
                ? Finding(kind: .unitMissing, table: index + 1, page: table.firstPage, code: "", measure: "", printed: 0, sum: 0) : nil
            return (read, finding)
        }
        return (read.flatMap(\.amounts), read.compactMap(\.finding))
    }

    private struct Group {
        var code: [Int]
        var name: Int
        var values: Range<Int>
    }

    /// Labels of a total row besides 合计 itself: the 本年收入合计 / 本年支出合计 lines of a 收支 table.
    static let totalLabels: Set<String> = ["合计", "本年收入合计", "本年支出合计", "收入合计", "支出合计"]

    /// A row without a code that may be its table's total under another label (the unit's own
    /// name in a 预算单位 column): kept if it is printed right above the first coded row, where
    /// tables print their total, or if its figures equal the Σ 类 of their columns.
    private struct UncodedRow {
        var name: String
        var figures: [(cell: String, column: Int)]
        var page: Int
        var group: Int
        var row: Int
    }

    private func amounts(in table: Table, index: Int, layout: TableAmountLayout, codes: [String: String]) -> [Amount] {
        let groups = self.groups(table)
        var result: [Amount] = []
        var uncoded: [UncodedRow] = []
        var groupsWithTotal = Set<Int>()
        func emit(code: String, scheme: Amount.Scheme, name: String, isTotal: Bool, figures: [(cell: String, column: Int)], page: Int) {
            for (printed, column) in figures {
                // A figure run into the next column's label in one word (`189,767,551一、…支出`).
                let cell = Self.leadingFigure(printed) ?? printed
                guard let meaning = layout.columns[column], let value = Self.value(cell, scale: meaning.scale, blankIsZero: layout.blankIsZero)
                else { continue }
                let measure = isTotal ? (layout.footerMeasure(name) ?? meaning.measure) : meaning.measure
                result.append(Amount(scheme: scheme, code: code, name: name,
                                     measure: measure, basis: meaning.basis, flow: meaning.flow, value: value, printed: cell,
                                     resolution: Self.resolution(cell, scale: meaning.scale), table: index, page: page))
            }
        }
        // The 类 and 款 last printed in each group, for split code columns whose 款 and 项 rows
        // print only their own part (`01` under 201 is 20101).
        var context = [[String]](repeating: [], count: groups.count)
        var firstCoded: [Int: Int] = [:]
        for (position, (row, page)) in zip(table.body, table.rowPages).enumerated() {
            var consumed = Set<Int>()
            for (number, group) in groups.enumerated() where group.name < row.count && !consumed.contains(number) {
                var label = Self.label(row, group: group)
                var figures = group.values.filter { $0 < row.count }.map { (cell: row[$0], column: $0) }
                for (offset, figure) in figures.enumerated() where Self.value(figure.cell, scale: 1, blankIsZero: false) == nil {
                    // A row's name printed with its figure in the figure column (`合 计 24,169.74`
                    // under a merged 名称 金额 header).
                    guard let split = Self.trailingFigure(figure.cell), Self.leadingFigure(figure.cell) == nil else { continue }
                    if Names.compact(label) == Names.compact(figure.cell) { label = split.name }
                    figures[offset].cell = split.figure
                }
                if figures.allSatisfy({ Names.compact($0.cell).isEmpty }), !Names.compact(label).isEmpty,
                   let (later, taken) = Self.spannedFigures(row, after: number, in: groups) {
                    // A footer label spanning several sides (公用经费合计 over three 公用经费 groups)
                    // prints its figure under the last of them.
                    figures = later
                    consumed.formUnion(taken)
                }
                if figures.isEmpty, let split = Self.trailingFigure(label) {
                    // A name and its figure read as one cell, under one header (科目名称 金额).
                    label = split.name
                    figures = [(split.figure, group.name)]
                }
                let name = Names.compact(Names.withoutOrdinal(label))
                let printedCode = Self.code(row, columns: group.code, context: &context[number])
                // 合计, and the footers of a two-sided 基本支出 table (人员经费合计, 公用经费合计).
                let isTotal = Self.totalLabels.contains(name) || printedCode == Self.totalLabel
                    || (name.hasSuffix(Self.totalLabel) && layout.footerMeasure(name) != nil)
                let amountCells = figures.filter { layout.columns[$0.column] != nil }.map(\.cell)
                let code = isTotal ? Amount.totalCode : (group.code.isEmpty ? codes[name] ?? catalogCode(name, figures: amountCells) : printedCode)
                guard let code, isTotal || Names.isCode(code), let scheme = Amount.Scheme(code: code) ?? (isTotal ? .function : nil) else {
                    if printedCode.isEmpty, !group.code.isEmpty, amountCells.contains(where: { Self.value($0, scale: 1, blankIsZero: false) != nil }) {
                        uncoded.append(UncodedRow(name: name, figures: figures, page: page, group: number, row: position))
                    }
                    continue
                }
                if isTotal { groupsWithTotal.insert(number) } else if firstCoded[number] == nil, !group.code.isEmpty { firstCoded[number] = position }
                emit(code: code, scheme: scheme, name: name, isTotal: isTotal, figures: figures, page: page)
            }
        }
        for row in uncoded where !table.isEmpty && !groupsWithTotal.contains(row.group)
            && (firstCoded[row.group] == row.row + 1 || equalsSumOfClasses(row, result, layout: layout)) {
            groupsWithTotal.insert(row.group)
            emit(code: Amount.totalCode, scheme: .function, name: row.name, isTotal: true, figures: row.figures, page: row.page)
        }
        return result
    }

    /// The figures of the groups after `number` that print neither a code nor a name in `row`, up
    /// to the next group that does: where a label spanning them put its figure.
    private static func spannedFigures(_ row: [String], after number: Int, in groups: [Group])
        -> (figures: [(cell: String, column: Int)], groups: Set<Int>)? {
        var taken = Set<Int>()
        for later in groups.indices.dropFirst(number + 1) {
            let group = groups[later]
            let words = (group.code + [group.name]).filter { $0 < row.count }.map { Names.compact(row[$0]) }
            guard words.allSatisfy(\.isEmpty) else { break }
            taken.insert(later)
            let figures = group.values.filter { $0 < row.count }.map { (cell: row[$0], column: $0) }
            if figures.contains(where: { !Names.compact($0.cell).isEmpty }) {
                return (figures, taken)
            }
        }
        return nil
    }

    /// Whether every figure of an uncoded row equals the Σ 类 of its column, in a table with 类 rows.
    private func equalsSumOfClasses(_ row: UncodedRow, _ amounts: [Amount], layout: TableAmountLayout) -> Bool {
        var compared = 0
        for (cell, column) in row.figures {
            guard let meaning = layout.columns[column],
                  let value = Self.value(Self.leadingFigure(cell) ?? cell, scale: meaning.scale, blankIsZero: false) else { continue }
            let classes = amounts.filter {
                $0.code.count == 3 && !$0.isTotal && $0.measure == meaning.measure && $0.basis == meaning.basis && $0.flow == meaning.flow
            }
            guard !classes.isEmpty else { continue }
            guard classes.sum == value else { return false }
            compared += 1
        }
        return compared > 0
    }

    /// A row's name: its name cell; where the code cells hold words instead of a code (`合 | 计`
    /// split over both columns, a 人员经费合计 footer spanning them), those words too; where the
    /// name cell is empty, the first words among the figure columns (a name indented past its
    /// column, as wide merged name cells print).
    private static func label(_ row: [String], group: Group) -> String {
        let name = row[group.name]
        let codeCells = group.code.filter { $0 < row.count }.map { row[$0] }
        if codeCells.contains(where: { cell in Names.compact(cell).contains { !$0.isNumber } }) {
            return (codeCells + [name]).joined()
        }
        guard Names.compact(name).isEmpty else { return name }
        return group.values.lazy.filter { $0 < row.count }.map { row[$0] }
            .first { !Names.compact($0).isEmpty && value($0, scale: 1, blankIsZero: false) == nil } ?? name
    }

    /// Where codes, names and figures stand: after each code column (or 类 | 款 | 项 triple) its
    /// name, then figures up to the next; in a table of names only, after each 项目 column.
    private func groups(_ table: Table) -> [Group] {
        let leaves = table.headerPaths.map { Names.compact(String($0.split(separator: "/").last ?? "")) }
        // Codes split over 类 | 款 | 项 (function) or 类 | 款 (economic) columns.
        for parts in [["类", "款", "项"], ["类", "款"]] {
            if let split = leaves.indices.first(where: { $0 + parts.count <= leaves.count && Array(leaves[$0..<($0 + parts.count)]) == parts }),
               split + parts.count < leaves.count {
                let name = split + parts.count
                return [Group(code: Array(split..<name), name: name, values: (name + 1)..<leaves.count)]
            }
        }
        let codeColumns = table.headerPaths.indices.filter { isCodeColumn(table, $0) }
        if !codeColumns.isEmpty {
            return codeColumns.enumerated().map { offset, column in
                var end = offset + 1 < codeColumns.count ? codeColumns[offset + 1] : table.columnCount
                // Under grouped headings that each hold codes, names and figures (按支出功能分类科目 |
                // 按支出经济分类科目), a group's figures stop where the next heading starts; where the
                // code's heading holds only codes and names (项目 | 本年支出), the figures are under the next.
                let top = Self.topLabel(table.headerPaths[column])
                let sameHeading = { (index: Int) in Self.topLabel(table.headerPaths[index]) == top }
                if top != nil, column + 2 < end, sameHeading(column + 2),
                   let other = (column + 2..<end).first(where: { !sameHeading($0) }) {
                    end = other
                }
                return Group(code: [column], name: column + 1, values: min(column + 2, end)..<end)
            }
        }
        // A 项目 (item) column, not a 项目支出 (project expenditure) figure column.
        let names = leaves.indices.filter { leaves[$0].includes("项目") && !leaves[$0].hasPrefix("项目支出") }
        return names.enumerated().map { offset, column in
            let end = offset + 1 < names.count ? names[offset + 1] : table.columnCount
            return Group(code: [], name: column, values: (column + 1)..<end)
        }
    }

    /// The first label of a header path of more than one level.
    private static func topLabel(_ path: String) -> String? {
        let levels = path.split(separator: "/")
        return levels.count > 1 ? Names.compact(String(levels[0])) : nil
    }

    private func isCodeColumn(_ table: Table, _ column: Int) -> Bool {
        let cells = table.body.compactMap { column < $0.count ? $0[column].filter { !$0.isWhitespace } : nil }.filter { !$0.isEmpty }
        let codes = cells.filter(Names.isCode)
        guard !codes.isEmpty else { return false }
        let path = Names.compact(table.headerPaths[column])
        // A headed code column may also hold its 合计 row; an unheaded one holds codes only.
        if path.includes("编码") || path.includes("代码") {
            return 5 * codes.count >= 4 * cells.count
        }
        return codes.count == cells.count && codes.contains { $0.count > 3 }
    }

    /// Name → code as the document prints them side by side.
    private func namedCodes(_ tables: [Table]) -> [String: String] {
        var codes: [String: String] = [:]
        for table in tables {
            for group in groups(table) where !group.code.isEmpty {
                for row in table.body where group.name < row.count {
                    let code = Self.code(row, columns: group.code)
                    let name = Names.compact(row[group.name])
                    // Tables of names only (收支总表) list function classes; an economic table's
                    // 其他支出 (399) is not the function class 229 of the same name.
                    if Names.isCode(code), Amount.Scheme(code: code) == .function, !name.isEmpty, codes[name] == nil { codes[name] = code }
                }
            }
        }
        return codes
    }

    /// The catalog's code for a name the document prints without one, for a row with a figure
    /// other than zero (a template's list of every 类 with empty cells is no data).
    private func catalogCode(_ name: String, figures: [String]) -> String? {
        guard let catalog, figures.contains(where: { (Self.value($0, scale: 1) ?? 0) != 0 }) else { return nil }
        return catalog.code(named: name)
    }

    /// `一般公共服务支出 7,747.46` → the name and the figure; also when a wrapped name's second
    /// line follows the figure (`机关事业单位基本养老保险1,064.46缴费`). Nil unless the cell holds
    /// exactly one figure and some name.
    static func trailingFigure(_ cell: String) -> (name: String, figure: String)? {
        let figures = cell.matches(of: Patterns.figure)
        guard figures.count == 1, let figure = figures.first else { return nil }
        let name = (cell[..<figure.range.lowerBound] + cell[figure.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : (name, String(cell[figure.range]))
    }

    /// The code of a row from its code column, or from 类 | 款 | 项 columns; a 款 or 项 part
    /// printed with one digit (`7`) is the two-digit part `07`.
    static func code(_ row: [String], columns: [Int]) -> String {
        columns.enumerated().map { offset, column in
            let part = column < row.count ? Names.compact(row[column]) : ""
            return offset > 0 && part.count == 1 && part.allSatisfy(\.isNumber) ? "0" + part : part
        }.joined()
    }

    /// The code of a row of split code columns, completed from the parts printed above it: a row
    /// printing only its 款 (or only its 项) part belongs under the last 类 (or 款) printed.
    /// `context` holds the parts of the last coded row, updated here.
    static func code(_ row: [String], columns: [Int], context: inout [String]) -> String {
        guard columns.count > 1 else { return code(row, columns: columns) }
        var parts = columns.enumerated().map { offset, column in
            let part = column < row.count ? Names.compact(row[column]) : ""
            return offset > 0 && part.count == 1 && part.allSatisfy(\.isNumber) ? "0" + part : part
        }
        guard parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), let first = parts.firstIndex(where: { !$0.isEmpty }) else {
            return parts.joined()
        }
        if first > 0, context.count == parts.count {
            parts.replaceSubrange(0..<first, with: context[0..<first])
        }
        context = parts
        return parts.joined()
    }

    /// The figure at the start of a cell that runs on into words (`160,480,462工资福利支出`): a
    /// figure with a thousands separator or decimals, then a Chinese character. Nil otherwise, so
    /// `2023年` stays text.
    static func leadingFigure(_ cell: String) -> String? {
        let text = cell.filter { !$0.isWhitespace }
        guard let match = text.prefixMatch(of: Patterns.separatedFigure),
              let next = text[match.range.upperBound...].first, next.unicodeScalars.first.map({ $0.properties.isIdeographic }) == true
        else { return nil }
        return String(match.output)
    }

    /// One unit of the printed figure's last digit, in 万元 (`3,258` → 1, `449.26` → 0.01).
    static func resolution(_ cell: String, scale: Decimal) -> Decimal {
        let decimals = cell.split(separator: ".").dropFirst().first?.filter(\.isNumber).count ?? 0
        return Decimal(sign: .plus, exponent: -decimals, significand: 1) * scale
    }

    /// A printed figure in 万元: thousands separators removed; negatives as `-12.50`, `−12.50`,
    /// `(12.50)`, `（12.50）` or `△12.5`; an empty cell or a dash is 0 where the table kind says so
    /// (决算) and no figure otherwise; `——` (not applicable) and text are no figure.
    static func value(_ cell: String, scale: Decimal, blankIsZero: Bool = true) -> Decimal? {
        var text = cell.filter { !$0.isWhitespace }
        if text.isEmpty || text == "-" || text == "—" { return blankIsZero ? 0 : nil }
        var negative = false
        if let first = text.first, let last = text.last, (first == "(" && last == ")") || (first == "（" && last == "）") {
            text = String(text.dropFirst().dropLast())
            negative = true
        } else if text.first == "△" || text.first == "-" || text.first == "−" {
            text = String(text.dropFirst())
            negative = true
        }
        guard text.wholeMatch(of: Patterns.unsigned) != nil, let number = Decimal(string: text.replacingOccurrences(of: ",", with: ""))
        else { return nil }
        return (negative ? -number : number) * scale
    }
}
