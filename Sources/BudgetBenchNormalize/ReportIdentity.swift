import BudgetBenchExtract
import BudgetBenchSegment
import Foundation

/// Who published a report, for which year, and what kind of report it is.
public struct ReportIdentity: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case budget, finalAccount = "final_account", overallSelfEvaluation = "overall_self_evaluation"
        case projectEvaluation = "project_evaluation", performanceTargets = "performance_targets"
    }

    /// Whose report it is: the department with its subordinate units (部门预算/决算), or one unit
    /// (单位预算/决算).
    public enum Scope: String, Sendable, Codable, CaseIterable {
        case department, unit
    }

    /// The organisation as the report prints it.
    public var entity: String?
    /// The organisation's key across the forms of its name (`UnitKey`).
    public var unitKey: UnitKey?
    public var center: Center?
    public var year: Int?
    public var kind: Kind?
    public var scope: Scope?
    /// A template's placeholder organisation (上海市XX局): never compared.
    public var isPlaceholder: Bool
    /// The unit most of its amount tables print.
    public var unit: String?

    public init(entity: String?, center: Center?, year: Int?, kind: Kind?, scope: Scope? = nil, unit: String?) {
        self.entity = entity
        unitKey = entity.map(UnitKey.init(entity:))
        self.center = center
        self.year = year
        self.kind = kind
        self.scope = scope
        isPlaceholder = entity.map(OrganisationName.isPlaceholder) ?? false
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
    /// Words naming a report's scope: the department with its subordinate units, or one unit.
    public static let scopeWords: [(words: [String], scope: ReportIdentity.Scope)] = [
        (["单位预算", "单位决算", "预算单位", "决算单位"], .unit),
        (["部门预算", "部门决算", "部门收支", "部门收入", "部门支出", "部门财务"], .department),
    ]

    let centers: CenterCatalog

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
        let prose = text.joined()
        let entity = entityFromTables(tables) ?? organisation(in: title) ?? organisation(in: text)
        let kind = Self.kindWords.first { entry in entry.words.contains { word in title.contains { $0.includes(word) } } }?.kind
            ?? Self.kindWords.first { entry in
                // Without a title, a kind's words must recur: a budget mentions 绩效目标 once or twice.
                entry.words.map { prose.count(ofBytes: $0) }.reduce(0, +) >= Self.mentions
            }?.kind
        // The unit most amount tables (those printing classification codes) state, else most tables;
        // without one, the unit the text writes amounts in.
        let coded = tables.filter(\.printsClassificationCodes)
        let units = Self.commonest((coded.isEmpty ? tables : coded).compactMap(\.unit))
            ?? ["万元", "亿元", "千元"].max { prose.count(ofBytes: $0) < prose.count(ofBytes: $1) }.flatMap { prose.includes($0) ? $0 : nil }
        let scope = Self.scope(title: title, tables: tables, text: prose)
        return ReportIdentity(entity: entity, center: entity.flatMap(centers.center(for:)), year: year(opening) ?? year(text),
                              kind: kind, scope: scope, unit: units)
    }

    /// The value found most often; ties go to the one found first.
    private static func commonest(_ values: [String]) -> String? {
        let counts = Dictionary(grouping: values, by: { $0 }).mapValues(\.count)
        return values.first { counts[$0] == counts.values.max() }
    }

    /// The report's scope: its title's words, else its tables', else the scope the text names most
    /// (a department's report also speaks of its 预算单位).
    private static func scope(title: [String], tables: [Table], text: String) -> ReportIdentity.Scope? {
        if let scope = scopeWords.first(where: { entry in entry.words.contains { word in title.contains { $0.includes(word) } } })?.scope {
            return scope
        }
        let byTable = tables.compactMap { scope(ofTitle: $0.title ?? "", entityLine: $0.entityLine) }
        if let scope = commonest(byTable.map(\.rawValue)).flatMap(ReportIdentity.Scope.init(rawValue:)) {
            return scope
        }
        let mentioned = scopeWords.map { entry in
            (scope: entry.scope, count: entry.words.map { text.count(ofBytes: $0) }.reduce(0, +))
        }
        return mentioned.filter { $0.count >= mentions }.max { ($0.count, $0.scope == .department ? 1 : 0) < ($1.count, $1.scope == .department ? 1 : 0) }?.scope
    }

    /// A table's scope: its title's words, else the label of its 部门：… / 单位名称：… line.
    private static func scope(ofTitle title: String, entityLine: String?) -> ReportIdentity.Scope? {
        if let scope = scopeWords.first(where: { entry in entry.words.contains(where: title.includes) })?.scope {
            return scope
        }
        guard let label = entityLine.map(Names.compact)?.split(whereSeparator: { $0 == "：" || $0 == ":" }).first else { return nil }
        if label.hasPrefix("部门") { return .department }
        return label.hasPrefix("单位名称") || label.hasPrefix("预算单位") ? .unit : nil
    }

    /// The name of a table's 部门名称 / 单位名称 / 编制单位 line: the value after its colon, up to
    /// the words that follow it on the line (单位：万元, 金额单位, a year).
    private func entityFromTables(_ tables: [Table]) -> String? {
        let names = tables.compactMap(\.entityLine).compactMap { line -> String? in
            let compact = line.filter { !$0.isWhitespace }
            guard let colon = compact.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
            let value = String(compact[compact.index(after: colon)...])
            if let name = OrganisationName.names(in: value).first { return name }
            return OrganisationName.isPlaceholder(value) ? Self.placeholderName(value) : nil
        }
        return Dictionary(grouping: names, by: { $0 }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
    }

    /// A placeholder value up to the next field (`上海市XX局单位：万元` → 上海市XX局).
    private static func placeholderName(_ value: String) -> String? {
        let name = value.prefix { $0.isHan || OrganisationName.placeholderMarks.contains($0) }
        let cut = ["单位", "金额"].compactMap { name.range(of: $0)?.lowerBound }.min() ?? name.endIndex
        return name[..<cut].isEmpty ? nil : String(name[..<cut])
    }

    /// The organisation named most often (ties: the longer name, then the first).
    private func organisation(in lines: [String]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for line in lines {
            for name in OrganisationName.names(in: line) {
                // 中共… names a unit's party branch; the unit is the rest, unless it is a party committee (中共…委).
                let unit = name.hasPrefix("中共") && !name.contains("委") ? String(name.dropFirst(2)) : name
                if counts[unit] == nil { order.append(unit) }
                counts[unit, default: 0] += 1
            }
            if OrganisationName.isPlaceholder(line), let name = Self.placeholderName(Names.compact(line)), OrganisationName.isOrganisation(name) {
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
        }
        return order.enumerated().max { ($0.element.count(in: counts), $0.element.count, -$0.offset) < ($1.element.count(in: counts), $1.element.count, -$1.offset) }?.element
    }

    private func year(_ lines: [String]) -> Int? {
        for line in lines {
            if let match = line.firstMatch(of: Self.year) { return Int(match.output.1) }
        }
        return nil
    }
}

private extension String {
    func count(in counts: [String: Int]) -> Int { counts[self] ?? 0 }
}
