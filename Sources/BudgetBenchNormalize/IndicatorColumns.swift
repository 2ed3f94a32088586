import BudgetBenchExtract

/// The columns of an indicator grid, given their roles by the words of its header row: wherever
/// the row stands (a table's header, the middle of a key–value form, the first row of a page) and
/// whatever it runs into (`年度总体目标…一级指标`, the text of the cell above fused with it).
struct IndicatorColumns: Equatable {
    /// What a header cell says its column holds.
    enum Role: CaseIterable {
        case explanation, reason, actual, target, score, weight

        /// Header words in the usual wordings, longest first within a role. The roles are tried in
        /// this order: 评分标准 is no 评分, 实际完成值 no 完成值 of a target.
        var words: [String] {
            switch self {
            case .explanation: ["指标解释", "评分标准", "评分依据", "指标说明", "评分细则", "计分方法"]
            case .reason: ["偏差原因", "未完成原因", "原因分析", "偏差说明", "原因"]
            case .actual: ["全年实际完成值", "全年完成值", "实际完成值", "实际完成", "完成值", "实际值", "完成情况"]
            case .target: ["年度指标值", "全年指标值", "指标值", "目标值", "预期值", "年度目标", "预期目标", "计划值", "计划数", "目标"]
            case .score: ["自评得分", "得分", "评分"]
            case .weight: ["分值", "权重"]
            }
        }

        /// The role a header cell names, if any.
        init?(header cell: String) {
            guard let role = Role.allCases.first(where: { role in role.words.contains { cell.includes($0) } }) else { return nil }
            self = role
        }
    }

    var level1: Int, level2: Int, level3: Int
    var target: Int?, actual: Int?, weight: Int?, score: Int?, reason: Int?
    /// The 分值 column beside the 一级 / 二级 names (a scoring table's 名称 | 分值 pairs).
    var level1Weight: Int?, level2Weight: Int?
    /// How many rows the header takes: 2 where a 名称 | 分值 row follows it.
    var headerRows: Int

    /// The grid whose header row is `rows[index]`, or nil when that row names no indicator levels.
    /// Roles come from that row, the 名称 | 分值 row under it, and grouped header rows above it
    /// that belong to the table's printed header (`headerCount` rows), never from a form's
    /// key–value cells above the grid.
    init?(_ rows: [[String]], at index: Int, headerCount: Int) {
        let cells = rows[index].map(Names.compact)
        // `一级指标名称`: the level over its 名称 | 分值 pair, the two header rows run together.
        let column = { (word: String) in cells.firstIndex { $0.hasSuffix(word) || $0.hasSuffix(word + "名称") } }
        let named = column("指标名称")
        guard let level1 = column("一级指标") ?? named, level1 + 2 < cells.count else { return nil }
        guard named != nil || column("三级指标") != nil || column("二级指标") != nil else { return nil }
        self.level1 = level1
        level2 = column("二级指标") ?? level1 + 1
        level3 = column("三级指标") ?? level1 + 2
        headerRows = 1
        var sources = [index]
        if index + 1 < rows.count, Names.compact(rows[index + 1][level1]) == "名称" {
            headerRows = 2
            sources.append(index + 1)
        }
        if index < headerCount {
            sources += stride(from: index - 1, through: max(0, index - 2), by: -1)
        }
        var weights: [Int] = []
        for source in sources {
            for (position, text) in rows[source].map(Names.compact).enumerated()
            where ![self.level1, level2, level3].contains(position) && !text.isEmpty {
                guard let role = Role(header: text) else { continue }
                switch role {
                case .explanation: break
                case .reason: reason = reason ?? position
                case .actual: actual = actual ?? position
                case .target: target = target ?? position
                case .score: score = score ?? position
                case .weight: if !weights.contains(position) { weights.append(position) }
                }
            }
        }
        // A 分值 column right of a level name, before the next level, is that level's weight.
        for position in weights.sorted() {
            if position > level1, position < level2 { level1Weight = level1Weight ?? position }
            else if position > level2, position < level3 { level2Weight = level2Weight ?? position }
            else if position > level3 { weight = weight ?? position }
        }
    }

    /// Each column with a role, by the short name `extract --debug` prints over it.
    var roleNames: [Int: String] {
        let named: [(Int?, String)] = [(level1, "一级"), (level2, "二级"), (level3, "三级"), (target, "目标值"), (actual, "完成值"),
                                       (weight, "分值"), (score, "得分"), (reason, "偏差原因"), (level1Weight, "一级分值"),
                                       (level2Weight, "二级分值")]
        return Dictionary(named.compactMap { column, name in column.map { ($0, name) } }, uniquingKeysWith: { first, _ in first })
    }
}
