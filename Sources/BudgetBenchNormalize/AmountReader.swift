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

    public func amounts(in tables: [Table], basis: Amount.Basis) -> [Amount] {
        read(tables, basis: basis).amounts
    }

    /// The amounts, and the 合计 rows of the classified tables as amounts without a code in
    /// their table's scheme, in one reading.
    public func read(_ tables: [Table], basis: Amount.Basis) -> (amounts: [Amount], totals: [Amount]) {
        let figures = figures(in: tables, basis: basis)
        let amounts = figures.filter { !$0.code.isEmpty }
        let schemes = Dictionary(grouping: amounts, by: \.table).mapValues { $0[0].scheme }
        let totals = figures.filter(\.code.isEmpty).compactMap { total -> Amount? in
            guard let scheme = schemes[total.table] else { return nil }
            var total = total
            total.scheme = scheme
            return total
        }
        return (amounts, totals)
    }

    private func figures(in tables: [Table], basis: Amount.Basis) -> [Amount] {
        let codes = namedCodes(tables)
        return tables.enumerated().flatMap { index, table in
            amounts(in: table, index: index + 1, basis: basis, codes: codes)
        }
    }

    private struct Group {
        var code: [Int]
        var name: Int
        var values: Range<Int>
    }

    private func amounts(in table: Table, index: Int, basis: Amount.Basis, codes: [String: String]) -> [Amount] {
        guard let scale = MeasureWords.unitScale[table.unit ?? "万元"] else { return [] }
        let groups = self.groups(table)
        var result: [Amount] = []
        for (row, page) in zip(table.body, table.rowPages) {
            for group in groups where group.name < row.count {
                var label = row[group.name]
                var figures = group.values.filter { $0 < row.count }.map { (cell: row[$0], path: table.headerPaths[$0]) }
                if figures.isEmpty, let split = Self.trailingFigure(label) {
                    // A name and its figure read as one cell, under one header (科目名称 金额).
                    label = split.name
                    figures = [(split.figure, table.headerPaths[group.name])]
                }
                let name = Names.compact(Names.withoutOrdinal(label))
                let printedCode = Self.code(row, columns: group.code)
                let isTotal = name == Self.totalLabel || printedCode == Self.totalLabel
                // A 合计 row is kept with an empty code, for the check total = Σ类.
                let amountCells = figures.filter { MeasureWords.measure(of: $0.path) != nil && !$0.path.contains("行次") }.map(\.cell)
                let code = isTotal ? "" : (group.code.isEmpty ? codes[name] ?? catalogCode(name, figures: amountCells) : printedCode)
                guard let code, isTotal || Names.isCode(code) else { continue }
                for (cell, path) in figures {
                    guard let measure = MeasureWords.measure(of: path), !path.contains("行次"),
                          let value = Self.value(cell, scale: scale) else { continue }
                    result.append(Amount(scheme: code.hasPrefix("2") ? .function : .economic, code: code,
                                         name: isTotal ? Self.totalLabel : name,
                                         measure: measure, basis: basis, value: value, printed: cell,
                                         resolution: Self.resolution(cell, scale: scale), table: index, page: page))
                }
            }
        }
        return result
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

    /// A printed figure in 万元: thousands separators removed, empty and dashes as 0 (决算
    /// convention), `——` (not applicable) and text as no figure.
    static func value(_ cell: String, scale: Decimal) -> Decimal? {
        let text = cell.filter { !$0.isWhitespace }
        if text.isEmpty || text == "-" || text == "—" { return 0 }
        guard text.wholeMatch(of: #/[-−]?[\d,]+(\.\d+)?/#) != nil,
              let number = Decimal(string: text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "−", with: "-"))
        else { return nil }
        return number * scale
    }
}
