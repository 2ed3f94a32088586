import Foundation

/// The key–value cells of a performance form that say which project its indicators belong to:
/// 项目名称, 项目编码, and the funds (项目资金 / 年度资金总额, with the 全年预算数 of a row of
/// sub-headings where the form prints several figures).
struct ProjectFields: Equatable {
    // Stored once: a regex literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let figure = #/\d+(\.\d+)?/#
    private static let nameLabels = ["项目名称"]
    private static let codeLabels = ["项目编码", "项目代码", "项目编号"]
    private static let amountLabels = ["项目资金", "年度资金总额", "资金总额", "项目总金额", "预算资金", "项目金额"]
    /// Of the sub-headings under an amount label, the one naming the year's budget, best first.
    private static let budgetHeadings = ["全年预算数", "调整后预算数", "预算数", "年初预算数"]

    private(set) var name: String?
    private(set) var code: String?
    /// In 万元.
    private(set) var amount: Decimal?

    /// Reads the form's rows; a 项目名称 starts another project.
    mutating func read(_ rows: ArraySlice<[String]>) {
        for index in rows.indices {
            let cells = rows[index].map(Names.compact)
            for (column, cell) in cells.enumerated() where !cell.isEmpty {
                if Self.nameLabels.contains(where: cell.hasPrefix), let value = Self.value(after: column, in: cells) {
                    self = ProjectFields(name: value, code: nil, amount: nil)
                } else if Self.codeLabels.contains(where: cell.hasPrefix), let value = Self.value(after: column, in: cells) {
                    code = value
                } else if Self.amountLabels.contains(where: cell.hasPrefix) {
                    let scale: Decimal = cell.contains("万元") || !cell.contains("元") ? 1 : Decimal(string: "0.0001")!
                    let below = index + 1 < rows.endIndex ? rows[index + 1].map(Names.compact) : []
                    if let value = Self.amount(after: column, in: cells, below: below) { amount = value * scale }
                }
            }
        }
    }

    private static func value(after column: Int, in cells: [String]) -> String? {
        cells.dropFirst(column + 1).first { !$0.isEmpty }
    }

    /// The figure right of the label, or, where sub-headings stand there (年初预算数 | 全年预算数 | …),
    /// the figure under the heading naming the year's budget in the row below.
    private static func amount(after column: Int, in cells: [String], below: [String]) -> Decimal? {
        guard let next = cells.indices.dropFirst(column + 1).first(where: { !cells[$0].isEmpty }) else { return nil }
        if let value = number(cells[next]) { return value }
        for heading in budgetHeadings {
            if let position = cells.firstIndex(of: heading), below.indices.contains(position), let value = number(below[position]) {
                return value
            }
        }
        return nil
    }

    private static func number(_ text: String) -> Decimal? {
        let digits = text.replacingOccurrences(of: ",", with: "")
        guard digits.wholeMatch(of: figure) != nil else { return nil }
        return Decimal(string: digits)
    }
}
