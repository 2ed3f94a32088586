import BudgetBenchExtract
import BudgetBenchSegment
import Foundation

/// Reads headline facts from a report's paragraphs by the structure of their sentences, not by
/// remembered phrases: a clause names a measure (its subject term: 基本支出, “三公”经费, 编制 …),
/// then its figure with a unit (万元 / 元 / 亿元, 人 / 名, 辆, 台 / 套, %, 分). The funds are the part of the
/// budget the clause (or its sentence, or its section's title) names; change words between them
/// (增加 / 减少 / 比上年 …) make the figure a change from last year, never a level.
public struct FactReader: Sendable {
    /// What a figure counts, told by its unit.
    enum Dimension {
        case money, people, percent, payments, points, grade, vehicles, equipment
    }

    /// Subject terms, each with the fact it names. Quotes and brackets are dropped before
    /// matching (`“三公”经费` → 三公经费, `因公出国（境）费` → 因公出国境费); longer terms win.
    static let terms: [(term: String, key: Fact.Key)] = [
        ("收入总计", .totalIncome), ("收入合计", .totalIncome), ("总收入", .totalIncome), ("收入总预算", .totalIncome), ("收入预算", .totalIncome), ("预算收入", .totalIncome),
        ("支出总计", .totalExpenditure), ("支出合计", .totalExpenditure), ("总支出", .totalExpenditure), ("支出总预算", .totalExpenditure),
        ("收支总预算", .totalExpenditure), ("收支总计", .totalExpenditure), ("支出预算", .totalExpenditure), ("支出决算", .totalExpenditure), ("预算支出", .totalExpenditure),
        ("全年支出", .totalExpenditure), ("实际支出", .totalExpenditure), ("本年支出", .totalExpenditure), ("决算数", .totalExpenditure),
        ("基本支出", .basicExpenditure), ("项目支出", .projectExpenditure),
        ("人员经费", .personnelExpenditure), ("人员支出", .personnelExpenditure), ("公用经费", .publicExpenditure), ("公用支出", .publicExpenditure),
        ("三公经费", .sangongTotal), ("因公出国境费", .sangongOverseas), ("因公出国境经费", .sangongOverseas),
        ("公务用车购置及运行维护费", .sangongVehicles), ("公务用车购置及运行费", .sangongVehicles), ("公务用车购置费", .sangongVehiclePurchase),
        ("公务用车运行维护费", .sangongVehicleRunning), ("公务用车运行费", .sangongVehicleRunning), ("公务接待费", .sangongReception),
        ("机关运行经费", .administrativeOperation), ("政府采购", .governmentProcurement), ("资产总额", .stateAssets),
        ("车辆", .vehicles), ("公务用车", .vehicles),
        ("核定编制", .staffAuthorized), ("编制数", .staffAuthorized), ("编制", .staffAuthorized),
        ("实有在编人数", .staffActual), ("实有人数", .staffActual), ("实有人员", .staffActual), ("在编在职人员", .staffActual),
        ("实际在编", .staffActual), ("在职人员", .staffActual),
        ("执行率", .executionRate), ("完成年初预算的", .executionRate), ("支付笔数", .paymentsCount), ("资金支付", .paymentsCount), ("支付", .paymentsCount),
        ("支付金额", .paymentsAmount), ("评价得分", .evaluationScore), ("自评得分", .evaluationScore), ("综合得分", .evaluationScore),
        ("评定为", .evaluationScore), ("等级为", .evaluationGrade), ("评价等级", .evaluationGrade),
    ].sorted { $0.term.count > $1.term.count }

    static func dimension(of key: Fact.Key) -> Dimension {
        switch key {
        case .staffAuthorized, .staffActual: .people
        case .executionRate: .percent
        case .paymentsCount: .payments
        case .evaluationScore: .points
        case .evaluationGrade: .grade
        case .vehicles, .vehiclePurchases: .vehicles
        case .largeEquipment, .largeEquipmentPurchases: .equipment
        default: .money
        }
    }

    /// Units a figure prints, with what they count and their factor to the fact's unit.
    static let units: [(unit: String, dimension: Dimension, factor: Decimal, normalised: String)] = [
        ("万元", .money, 1, "万元"), ("亿元", .money, 10000, "万元"), ("元", .money, Decimal(string: "0.0001")!, "万元"),
        ("万笔", .payments, 1, "万笔"), ("笔", .payments, Decimal(string: "0.0001")!, "万笔"), ("人", .people, 1, "人"), ("名", .people, 1, "人"), ("%", .percent, 1, "%"), ("％", .percent, 1, "%"),
        ("分", .points, 1, "分"), ("辆", .vehicles, 1, "辆"), ("台", .equipment, 1, "台"), ("套", .equipment, 1, "台"),
    ]
    /// Things held, and what 购置 before them makes them: what the unit buys, not holds.
    static let purchases: [Fact.Key: Fact.Key] = [.vehicles: .vehiclePurchases, .largeEquipment: .largeEquipmentPurchases]
    static let purchaseWord = "购置"
    /// Words that make a figure a change from last year rather than a level.
    static let changeWords = ["增加", "减少", "增长", "下降", "新增", "增减", "上升", "降低", "比上年", "同比", "较上年"]
    /// Words that make a figure an outcome rather than a plan, and a plan rather than an outcome.
    static let actualWords = ["决算", "实际", "执行", "完成", "支出数"]
    static let budgetWords = ["预算", "安排", "计划"]
    /// A sentence explaining one classification line (`住房改革支出(款)：…`) states that line's
    /// figures, not the report's headline ones.
    static let lineMarkers = ["(类)", "（类）", "(款)", "（款）", "(项)", "（项）"]
    /// The farthest a figure may stand from its subject term, in characters.
    static let reach = 24
    /// Quotes and brackets dropped before matching; `（境）` and `“三公”` read as their words.
    static let dropped: Set<Character> = ["“", "”", "\"", "'", "‘", "’", "（", "）", "(", ")", "《", "》", " ", "\u{3000}"]
    /// How a grade is printed.
    static let grades: Set<Character> = ["优", "良", "中", "差", "低"]

    // Stored once: a regex literal in a function body is compiled again on every call.
    nonisolated(unsafe) private static let yearWord = #/(20[0-9][0-9])年/#
    /// Equipment above a price threshold: 以上, a few characters naming its kind, 设备
    /// (`100万元（含）以上设备`, `50万元以上通用设备`), read as a phrase rather than a list of its kinds.
    nonisolated(unsafe) private static let largeEquipment = #/以上[^0-9,，、]{0,3}设备/#
    nonisolated(unsafe) private static let figure = #/([0-9][0-9,]*(?:\.[0-9]+)?)(亿元|万元|元|万笔|笔|人|名|%|％|分|辆|台|套)/#

    public init() {}

    /// The facts of a report's paragraphs; `year` is the report's, so a figure of another year
    /// (`2022年中心项目支出包含…90.3万元`) is not taken for this year's.
    public func facts(in sections: [Section], frames: [Paragraph] = [], year: Int? = nil) -> [Fact] {
        var facts: [Fact] = []
        // Prose framed like a table (a one-column box on the page) reads as a paragraph of no section.
        let sections = sections + [Section(number: nil, title: "", level: 1, page: frames.first?.page ?? 1, paragraphs: frames)]
        for (section, context) in Self.flattened(sections, context: "") {
            for paragraph in section.paragraphs {
                for sentence in paragraph.text.split(whereSeparator: { "。；;".contains($0) })
                where !Self.lineMarkers.contains(where: Names.compact(String(sentence)).includes) {
                    facts += Self.facts(inSentence: String(sentence), context: context, year: year, page: paragraph.page)
                }
            }
        }
        // The first figure of each key, funds, quantity and basis stands, unless it is 0 and a later
        // one is not (`行政编制数0人…事业编制数50人`: a 0 says the unit has none of one kind).
        var slots: [String: Int] = [:]
        var kept: [Fact] = []
        for fact in facts {
            let slot = "\(fact.key.rawValue)|\(fact.funds?.rawValue ?? "")|\(fact.quantity.rawValue)|\(fact.basis?.rawValue ?? "")"
            if let index = slots[slot] {
                if Decimal(string: kept[index].value) == 0, Decimal(string: fact.value).map({ $0 != 0 }) == true {
                    kept[index] = fact
                }
            } else {
                slots[slot] = kept.count
                kept.append(fact)
            }
        }
        return kept
    }

    /// The facts of one sentence, clause by clause.
    static func facts(inSentence sentence: String, context: String, year: Int?, page: Int) -> [Fact] {
        let text = String(sentence.filter { !dropped.contains($0) })
        var facts: [Fact] = []
        var before = ""
        // A clause printing only a predicate (`实际支出2,110万元`) speaks of the subject before it.
        var subject: Fact.Key?
        for clause in clauses(text) {
            defer { before += clause + "，" }
            // 其中 lists the parts of the figure before it (`共有车辆7辆，其中：执法执勤用车0辆`):
            // a part without its own term is not the whole.
            if clause.hasPrefix("其中") {
                subject = nil
            }
            for match in clause.matches(of: figure) {
                guard !namesAnotherYear(clause[..<match.range.lowerBound], than: year),
                      let fact = fact(for: match, in: clause, subject: subject, sentenceBefore: before, context: context, source: sentence, page: page)
                else { continue }
                facts.append(fact)
                if !generic.contains(fact.key) {
                    subject = fact.key
                }
            }
            if let grade = grade(in: clause, source: sentence, page: page) {
                facts.append(grade)
            }
        }
        return facts
    }

    /// Whether the words before a figure name a year other than the report's; a date a stock is
    /// counted at (`截至2024年8月31日，共有车辆7辆` in a 2025 budget) names no other year's figure.
    static func namesAnotherYear(_ head: Substring, than year: Int?) -> Bool {
        guard let year else { return false }
        return head.matches(of: yearWord).contains { match in
            Int(match.output.1) != year && !head[..<match.range.lowerBound].hasSuffix(asOfWord)
        }
    }

    /// The word that dates a stock: the figure is what the unit held on that day.
    static let asOfWord = "截至"

    /// Clauses split at commas; a comma between digits is a thousands separator.
    static func clauses(_ text: String) -> [String] {
        var clauses: [String] = [], current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let separatesThousands = character == "," && index > 0 && index + 1 < characters.count
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            if character == "，" || (character == "," && !separatesThousands) {
                clauses.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        return clauses + [current]
    }

    /// Subjects that only say “expenditure” or “income”: a part named before them is the subject.
    static let generic: Set<Fact.Key> = [.totalExpenditure, .totalIncome]

    private static func fact(for match: Regex<(Substring, Substring, Substring)>.Match, in clause: String, subject: Fact.Key?,
                             sentenceBefore: String, context: String, source: String, page: Int) -> Fact? {
        let head = clause[..<match.range.lowerBound]
        guard let unit = units.first(where: { $0.unit == String(match.output.2) }),
              let number = Decimal(string: match.output.1.replacingOccurrences(of: ",", with: "")) else { return nil }
        // The subject: the term nearest before the figure that counts what its unit counts, within
        // reach and with no other figure between; a generic or missing one defers to the clause's
        // inherited subject.
        let nearest = nearestTerm(in: head, dimension: unit.dimension).flatMap { key, range in
            head.distance(from: range.upperBound, to: head.endIndex) <= reach && head[range.upperBound...].firstMatch(of: figure) == nil
                ? (key, range) : nil
        }
        let inherited = subject.flatMap { dimension(of: $0) == unit.dimension ? $0 : nil }
        var key: Fact.Key
        let termEnd: Substring.Index
        switch (nearest, inherited) {
        case let ((found, range)?, inherited?) where generic.contains(found):
            (key, termEnd) = (inherited, range.upperBound)
        case let ((found, range)?, _):
            (key, termEnd) = (found, range.upperBound)
        case let (nil, inherited?) where head.firstMatch(of: figure) == nil:
            (key, termEnd) = (inherited, head.startIndex)
        default:
            return nil
        }
        let between = head[termEnd...]
        let named = head[..<termEnd]
        if let bought = purchases[key], named.includes(purchaseWord) {
            key = bought
        }
        let lead = named.suffix(10)
        let change = changeWords.contains { between.includes($0) || lead.includes($0) }
        let funds: Amount.Funds? = dimension(of: key) == .money
            ? Amount.Funds.words.first { named.includes($0.word) }.map(\.funds)
                ?? Amount.Funds.words.first { sentenceBefore.includes($0.word) }.map(\.funds)
                ?? Amount.Funds(naming: context)
            : nil
        let words = String(head)
        let basis: Amount.Basis? = actualWords.contains(where: words.includes) ? .actual : budgetWords.contains(where: words.includes) ? .budget : nil
        return Fact(key: key, value: (number * unit.factor).exactString, unit: unit.normalised, quantity: change ? .change : .level,
                    funds: funds, basis: basis, source: source, page: page)
    }

    /// The occurrence of a term ending nearest the figure; where a headline total's term
    /// overlaps a part's (`基本支出预算`: 基本支出 and 支出预算), the part's.
    private static func nearestTerm(in head: Substring, dimension: Dimension) -> (Fact.Key, Range<Substring.Index>)? {
        var found = terms.filter { self.dimension(of: $0.key) == dimension }.compactMap { term, key in
            head.lastRange(ofBytes: term).map { (key: key, range: $0) }
        }
        if dimension == .equipment, let phrase = head.matches(of: largeEquipment).last {
            found.append((key: .largeEquipment, range: phrase.range))
        }
        guard let nearest = found.max(by: { ($0.range.upperBound, $1.range.lowerBound) < ($1.range.upperBound, $0.range.lowerBound) }) else { return nil }
        // A part named right before a generic word is the subject: 政府采购支出预算, 基本支出预算.
        if generic.contains(nearest.key), let part = found.first(where: { found in
            !generic.contains(found.key) && found.range.upperBound <= nearest.range.upperBound
                && head.distance(from: found.range.upperBound, to: nearest.range.lowerBound) <= 2
        }) {
            return (part.key, part.range)
        }
        return (nearest.key, nearest.range)
    }

    /// `评价等级为优` / `等级为：良`: a grade word right after its term.
    private static func grade(in clause: String, source: String, page: Int) -> Fact? {
        for (term, key) in terms where dimension(of: key) == .grade {
            guard let range = clause.firstRange(ofBytes: term) else { continue }
            let rest = clause[range.upperBound...].drop { "：:为是".contains($0) }
            if let first = rest.first, grades.contains(first) {
                return Fact(key: key, value: String(first), unit: "", source: source, page: page)
            }
        }
        return nil
    }

    /// Sections with their paragraphs' context: the section's title and its parents'.
    private static func flattened(_ sections: [Section], context: String) -> [(Section, String)] {
        sections.flatMap { section in
            let inner = context + section.title
            return [(section, inner)] + flattened(section.children, context: inner)
        }
    }
}
