import BudgetBenchNormalize

/// A figure compared across centers, as documented in docs/kpis.md.
public struct KPI: Sendable, Equatable, Hashable {
    /// How a value is shown: money in 万元, a share as a percentage, a count, a grade as text.
    public enum Unit: String, Sendable, Hashable {
        case wanYuan = "万元", yiYuan = "亿元", yuan = "元", share = "share", people = "人", wanPayments = "万笔", points = "分"
        case count = "个", text = ""
        /// 万元 per person.
        case wanYuanPerPerson = "万元/人"
    }

    /// Whether a larger value is better, worse, or neither: only a directed KPI is coloured good/bad.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        case higherIsBetter = "higher_is_better", lowerIsBetter = "lower_is_better", neutral
    }

    /// One sentence in Chinese and in English.
    public struct Reason: Sendable, Hashable {
        public var zh: String
        public var en: String

        public func text(_ language: Language) -> String {
            language == .zh ? zh : en
        }
    }

    public var id: String
    public var nameZh: String
    public var nameEn: String
    public var unit: Unit
    /// How the value is computed, in one sentence.
    public var formula: String
    /// Kinds of report that can supply it, most preferred first when a center has several.
    public var kinds: [ReportIdentity.Kind]
    /// What to keep in mind before comparing it.
    public var caveat: String
    /// The caveat in Chinese, for the Chinese workbook.
    public var caveatZh: String
    public var direction: Direction
    /// Why the KPI has its direction.
    public var reason: Reason

    public func name(_ language: Language) -> String {
        language == .zh ? nameZh : nameEn
    }

}

/// Language of names and headings in outputs.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}
