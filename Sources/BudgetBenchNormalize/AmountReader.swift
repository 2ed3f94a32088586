import BudgetBenchSegment
import Foundation

/// Reads every figure of a document's function- and economic-classified tables.
///
/// Codes come from a code column, from three 类 | 款 | 项 columns, or, in tables that print only
/// names (收支总表), from the codes the same document prints beside those names elsewhere.
public struct AmountReader: Sendable {
    public init() {}

    public func amounts(in tables: [Table], basis: Amount.Basis) -> [Amount] {
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
                let name = Names.compact(Names.withoutOrdinal(row[group.name]))
                let code = group.code.isEmpty ? codes[name] : group.code.map { row[$0].filter { !$0.isWhitespace } }.joined()
                guard let code, Names.isCode(code) else { continue }
                for column in group.values where column < row.count {
                    let path = table.headerPaths[column]
                    guard let measure = MeasureWords.measure(of: path), !path.contains("行次"),
                          let value = Self.value(row[column], scale: scale) else { continue }
                    result.append(Amount(scheme: code.hasPrefix("2") ? .function : .economic, code: code, name: name,
                                         measure: measure, basis: basis, value: value, printed: row[column],
                                         resolution: Self.resolution(row[column], scale: scale), table: index, page: page))
                }
            }
        }
        return result
    }

    /// Where codes, names and figures stand: after each code column (or 类 | 款 | 项 triple) its
    /// name, then figures up to the next; in a table of names only, after each 项目 column.
    private func groups(_ table: Table) -> [Group] {
        let leaves = table.headerPaths.map { Names.compact(String($0.split(separator: "/").last ?? "")) }
        if let split = leaves.indices.first(where: { $0 + 2 < leaves.count && leaves[$0...($0 + 2)] == ["类", "款", "项"] }),
           split + 3 < leaves.count {
            return [Group(code: [split, split + 1, split + 2], name: split + 3, values: (split + 4)..<leaves.count)]
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
                    let code = group.code.map { row[$0].filter { !$0.isWhitespace } }.joined()
                    let name = Names.compact(row[group.name])
                    if Names.isCode(code), !name.isEmpty, codes[name] == nil { codes[name] = code }
                }
            }
        }
        return codes
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
