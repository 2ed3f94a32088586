import BudgetBenchSegment
import Foundation

/// Reads every figure of a document's function- and economic-classified tables.
///
/// Codes come from a code column, from three 类 | 款 | 项 columns, or, in tables that print only
/// names (收支总表), from the codes the same document prints beside those names elsewhere, else
/// from the code catalog when exactly one code carries the name and the row prints a figure.
public struct AmountReader: Sendable {
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
        var amounts: [Amount] = []
        var findings: [Finding] = []
        for (index, table) in tables.enumerated() {
            let layout = TableAmountLayout(table, reportKind: kind)
            var read = self.amounts(in: table, index: index + 1, layout: layout, codes: codes)
            // A 合计 row belongs to the scheme its table's codes are in; alone it is no amount.
            guard let scheme = read.first(where: { !$0.isTotal })?.scheme else { continue }
            for position in read.indices where read[position].isTotal {
                read[position].scheme = scheme
            }
            if layout.unitIsMissing {
                findings.append(Finding(kind: .unitMissing, table: index + 1, page: table.firstPage, code: "", measure: "",
                                        printed: 0, sum: 0))
            }
            amounts += read
        }
        return (amounts, findings)
    }

    private struct Group {
        var code: [Int]
        var name: Int
        var values: Range<Int>
    }

    private func amounts(in table: Table, index: Int, layout: TableAmountLayout, codes: [String: String]) -> [Amount] {
        let groups = self.groups(table)
        var result: [Amount] = []
        for (row, page) in zip(table.body, table.rowPages) {
            for group in groups where group.name < row.count {
                var label = Self.label(row, group: group)
                var figures = group.values.filter { $0 < row.count }.map { (cell: row[$0], column: $0) }
                if figures.isEmpty, let split = Self.trailingFigure(label) {
                    // A name and its figure read as one cell, under one header (科目名称 金额).
                    label = split.name
                    figures = [(split.figure, group.name)]
                }
                let name = Names.compact(Names.withoutOrdinal(label))
                let printedCode = Self.code(row, columns: group.code)
                // 合计, and the footers of a two-sided 基本支出 table (人员经费合计, 公用经费合计).
                let isTotal = name == Self.totalLabel || printedCode == Self.totalLabel
                    || (name.hasSuffix(Self.totalLabel) && layout.footerMeasure(name) != nil)
                let amountCells = figures.filter { layout.columns[$0.column] != nil }.map(\.cell)
                let code = isTotal ? Amount.totalCode : (group.code.isEmpty ? codes[name] ?? catalogCode(name, figures: amountCells) : printedCode)
                guard let code, isTotal || Names.isCode(code), let scheme = Amount.Scheme(code: code) ?? (isTotal ? .function : nil) else { continue }
                for (cell, column) in figures {
                    guard let meaning = layout.columns[column], let value = Self.value(cell, scale: meaning.scale, blankIsZero: layout.blankIsZero)
                    else { continue }
                    let measure = isTotal ? (layout.footerMeasure(name) ?? meaning.measure) : meaning.measure
                    result.append(Amount(scheme: scheme, code: code, name: name,
                                         measure: measure, basis: meaning.basis, flow: meaning.flow, value: value, printed: cell,
                                         resolution: Self.resolution(cell, scale: meaning.scale), table: index, page: page))
                }
            }
        }
        return result
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
                let end = offset + 1 < codeColumns.count ? codeColumns[offset + 1] : table.columnCount
                return Group(code: [column], name: column + 1, values: min(column + 2, end)..<end)
            }
        }
        let names = table.headerPaths.indices.filter { Names.compact(table.headerPaths[$0]).contains("项目") }
        return names.enumerated().map { offset, column in
            let end = offset + 1 < names.count ? names[offset + 1] : table.columnCount
            return Group(code: [], name: column, values: (column + 1)..<end)
        }
    }

    private func isCodeColumn(_ table: Table, _ column: Int) -> Bool {
        let cells = table.body.compactMap { column < $0.count ? $0[column].filter { !$0.isWhitespace } : nil }.filter { !$0.isEmpty }
        let codes = cells.filter(Names.isCode)
        guard !codes.isEmpty else { return false }
        let path = Names.compact(table.headerPaths[column])
        // A headed code column may also hold its 合计 row; an unheaded one holds codes only.
        if path.contains("编码") || path.contains("代码") {
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
                    if Names.isCode(code), !name.isEmpty, codes[name] == nil { codes[name] = code }
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
        let figures = cell.matches(of: #/-?[0-9][0-9,]*(?:\.[0-9]+)?/#)
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
        guard text.wholeMatch(of: #/[\d,]+(\.\d+)?/#) != nil, let number = Decimal(string: text.replacingOccurrences(of: ",", with: ""))
        else { return nil }
        return (negative ? -number : number) * scale
    }
}
