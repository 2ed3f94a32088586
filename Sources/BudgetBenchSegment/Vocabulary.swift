import BudgetBenchExtract
import Foundation

/// Every word list the segmenter relies on, in one place: how these reports name their
/// tables, units and empty tables, and how they number their sections.
///
/// The lists describe the conventions of Chinese public-finance reports in general (预算/决算
/// 公开 templates), not any one report.
///
/// The regexes are built once (stored constants; a computed property would build one per use);
/// a `Regex` is immutable, so sharing one between threads is safe.
public enum Vocabulary {
    /// A table number line: `表3`, `表 12`, `附表1`, `公开02表`, `公开 10 表`.
    nonisolated(unsafe) public static let tableNumber: Regex<(Substring, Substring)> = #/^(附?表\s*\d+|公开\s*\d+\s*表)/#
    /// Words a table title ends with.
    public static let titleEndings = ["表", "情况", "体系", "明细", "清单"]
    /// A title may end with a parenthesised qualifier: `一般公共预算支出表（按功能分类）`.
    nonisolated(unsafe) public static let titleQualifier: Regex<Substring> = #/[（(][^）)]{1,12}[）)]$/#
    /// The unit line: `单位：万元`, `金额单位：元`, `单位: 万元`, `金额：万元`.
    nonisolated(unsafe) public static let unit: Regex<(Substring, Substring?, Substring?)> = #/(?:金额)?单位\s*[：:]\s*(亿元|万元|千元|元)|金额\s*[：:]\s*(亿元|万元|千元|元)/#
    /// Whether a text can state a unit at all: every match of `unit` holds 单位 or 金额, and
    /// looking for them is far cheaper than the regex's scan of a long line.
    static func mayStateUnit(_ text: some StringProtocol) -> Bool {
        text.includes("单位") || text.includes("金额")
    }
    /// The line naming the publishing unit above a table.
    public static let entityPrefixes = ["部门名称", "单位名称", "编制单位", "预算单位：", "部门："]
    /// Sentences that mark a table with no data.
    public static let emptyTableMarks = ["本表无数据", "本表本年无发生额", "本年无发生额", "无此项支出", "本表为空"]
    /// Lines under a table that comment on it.
    public static let notePrefixes = ["注", "说明", "备注"]
    /// Form lines printed over some tables, between the title and the table.
    public static let formFieldMarks = ["日期：", "（盖章）："]
    /// Font name fragments that mark bold type.
    public static let boldFontMarks = ["bold", "heavy", "black", "黑体", "simhei", "demibold", "semibold"]
    /// Header cells that end a header block (the column-number row of 决算 tables).
    public static let columnNumberRow = ["栏次"]
    /// Header words of the indicator tables.
    public static let indicatorHeaders = ["一级指标", "二级指标", "三级指标", "指标名称"]
    /// A table of contents heading (lines are compared without spaces, so `目 录` is one too).
    public static let contents = ["目录"]
    /// Lines repeated on every page that are not body text, besides page numbers.
    nonisolated(unsafe) public static let pageNumber: Regex<(Substring, Substring, Substring?)> = #/^(-\s*\d+\s*-|—\s*\d+\s*—|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,3})$/#
}
