import BudgetBenchExtract
import BudgetBenchSegment
import Foundation

/// Who published a report, for which year, and what kind of report it is.
public struct ReportIdentity: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case budget, finalAccount = "final_account", overallSelfEvaluation = "overall_self_evaluation"
        case projectEvaluation = "project_evaluation", performanceTargets = "performance_targets"
    }

    public var entity: String?
    public var center: Center?
    public var year: Int?
    public var kind: Kind?
    /// The unit most of its amount tables print.
    public var unit: String?

    public init(entity: String?, center: Center?, year: Int?, kind: Kind?, unit: String?) {
        self.entity = entity
        self.center = center
        self.year = year
        self.kind = kind
        self.unit = unit
    }
}

/// Reads a report's identity from its own words: its title lines, the 部门名称 lines of its
/// tables, and the organisation it names most.
public struct IdentityReader: Sendable {
    // Stored once: a regex literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let year = #/(20\d\d)年/#

    /// Words naming each kind of report, most specific first.
    public static let kindWords: [(words: [String], kind: ReportIdentity.Kind)] = [
        (["评价报告"], .projectEvaluation),
        (["整体支出绩效", "绩效自评"], .overallSelfEvaluation),
        (["绩效目标", "绩效文本"], .performanceTargets),
        (["决算"], .finalAccount),
        (["预算"], .budget),
    ]
    /// How often an untitled report must name its kind.
    public static let mentions = 3
    /// How organisation names end.
    public static let organisationEndings = ["国库集中支付中心", "国库支付中心", "财政局", "办公厅", "办公室", "办事处", "法院", "检察院", "工作部", "福利院"]

    let centers: CenterCatalog

    /// A run of Chinese characters ending like an organisation; a Regex is immutable, so sharing it is safe.
    nonisolated(unsafe) private static let organisation = try! Regex("[\\p{Han}（）]{2,24}?(" + organisationEndings.joined(separator: "|") + ")")

    public init(centers: CenterCatalog) {
        self.centers = centers
    }

    public func identity(pages: [PageText], tables: [Table]) -> ReportIdentity {
        let opening = pages.prefix(2).flatMap(\.lines).prefix(12).map { $0.text.filter { !$0.isWhitespace } }
        // The title: the first lines before the contents or the first heading, wrapped lines
        // joined, naming the year (`2023年…部门预算`, `江苏省人大常委会办公厅2018年度部门` / `预算公开`).
        let head = opening.prefix { line in line != "目录" && !line.hasPrefix("第一部分") && !line.hasPrefix("一、") }.prefix(4).joined()
        let title = [head].filter { $0.firstMatch(of: Self.year) != nil }
        let text = pages.flatMap(\.lines).map { $0.text.filter { !$0.isWhitespace } }
        let entity = entityFromTables(tables) ?? organisation(in: title) ?? organisation(in: opening) ?? organisation(in: text)
        let kind = Self.kindWords.first { entry in entry.words.contains { word in title.contains { $0.contains(word) } } }?.kind
            ?? Self.kindWords.first { entry in
                // Without a title, a kind's words must recur: a budget mentions 绩效目标 once or twice.
                entry.words.map { word in text.joined().components(separatedBy: word).count - 1 }.reduce(0, +) >= Self.mentions
            }?.kind
        // The unit most amount tables (those printing classification codes) state, else most tables;
        // without one, the unit the text writes amounts in.
        let coded = tables.filter(\.printsClassificationCodes)
        let units = Self.commonest((coded.isEmpty ? tables : coded).compactMap(\.unit))
            ?? ["万元", "亿元", "千元"].max { unit, other in
                text.joined().components(separatedBy: unit).count < text.joined().components(separatedBy: other).count
            }.flatMap { text.joined().contains($0) ? $0 : nil }
        return ReportIdentity(entity: entity, center: entity.flatMap(centers.center(for:)), year: year(opening) ?? year(text),
                              kind: kind, unit: units)
    }

    /// The value found most often; ties go to the one found first.
    private static func commonest(_ values: [String]) -> String? {
        let counts = Dictionary(grouping: values, by: { $0 }).mapValues(\.count)
        return values.first { counts[$0] == counts.values.max() }
    }

    private func entityFromTables(_ tables: [Table]) -> String? {
        let names = tables.compactMap(\.entityLine).compactMap { line -> String? in
            let compact = line.filter { !$0.isWhitespace }
            guard let colon = compact.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
            let name = compact[compact.index(after: colon)...].prefix { $0 != "2" && $0 != "单" && $0 != "金" }
            return name.isEmpty ? nil : String(name)
        }
        return Dictionary(grouping: names, by: { $0 }).max { $0.value.count < $1.value.count }?.key
    }

    /// The organisation named most often: a run of Chinese characters ending like an organisation.
    private func organisation(in lines: [String]) -> String? {
        var counts: [String: Int] = [:]
        for line in lines {
            for match in line.matches(of: Self.organisation) {
                // Words before the name in its sentence: 根据…, 《…》、, 评价单位（公章）：…
                var name = String(line[match.range]).replacingOccurrences(of: #"^.*(公章）：|名称：|单位：|》|《|、|根据|关于|部分|年度)"#, with: "", options: .regularExpression)
                // 中共… names a unit's party branch; the unit is the rest, unless it is a party committee (中共…委).
                if name.hasPrefix("中共"), !name.contains("委") {
                    name.removeFirst(2)
                }
                counts[name, default: 0] += 1
            }
        }
        return counts.max { ($0.value, $0.key.count) < ($1.value, $1.key.count) }?.key
    }

    private func year(_ lines: [String]) -> Int? {
        for line in lines {
            if let match = line.firstMatch(of: Self.year) { return Int(match.output.1) }
        }
        return nil
    }
}
