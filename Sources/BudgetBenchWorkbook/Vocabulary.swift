import BudgetBenchCompare
import BudgetBenchNormalize

/// The words the workbook prints for the model's typed values, in the workbook's one language.
enum Vocabulary {
    /// The Overview's direction column: an arrow, nothing for a neutral KPI.
    static func arrow(_ direction: KPI.Direction) -> String {
        switch direction {
        case .higherIsBetter: "↑"
        case .lowerIsBetter: "↓"
        case .neutral: ""
        }
    }

    /// A direction in words, for the notes.
    static func direction(_ direction: KPI.Direction, _ language: Language) -> String {
        let zh = language == .zh
        switch direction {
        case .higherIsBetter: return zh ? "↑ 越高越好" : "↑ higher is better"
        case .lowerIsBetter: return zh ? "↓ 越低越好" : "↓ lower is better"
        case .neutral: return zh ? "中性" : "neutral"
        }
    }

    static func finding(_ kind: Finding.Kind, _ language: Language) -> String {
        let zh = language == .zh
        switch kind {
        case .parentNotSumOfChildren: return zh ? "上级科目不等于下级之和" : "parent is not the sum of its children"
        case .totalNotBasicPlusProject: return zh ? "合计不等于基本支出加项目支出" : "total is not basic plus project"
        case .basicNotPersonnelPlusPublic: return zh ? "基本支出不等于人员经费加公用经费" : "basic is not personnel plus public"
        case .unitMissing: return zh ? "未印金额单位（按万元读取）" : "no unit printed (read as 10k yuan)"
        case .totalNotSumOfClasses: return zh ? "合计行不等于各类之和" : "total row is not the sum of the classes"
        case .differsBetweenTables: return zh ? "两张表同一数字不一致" : "two tables print different figures"
        case .narrativeDiffersFromTable: return zh ? "文字说明与表格数字不一致" : "narrative differs from its table"
        case .codeNameMismatch: return zh ? "科目编码与名称不符" : "code and name do not match"
        case .roundingDifference: return zh ? "尾数误差" : "rounding difference"
        }
    }

    /// A column of an amount table (its measure key) as the tables print it.
    static func measure(_ measure: String, _ language: Language) -> String {
        guard language == .zh else { return measure.replacingOccurrences(of: "_", with: " ") }
        let printed = ["total": "合计", "basic": "基本支出", "project": "项目支出", "personnel": "人员经费", "public": "公用经费",
                       "general_budget": "一般公共预算", "government_fund": "政府性基金", "state_capital": "国有资本经营预算",
                       "fiscal_allocation": "财政拨款", "business_income": "事业收入", "operating_income": "经营收入",
                       "other_income": "其他收入", "procurement": "政府采购"]
        return printed[measure] ?? measure
    }

    /// What one finding says, in words built from its fields, so it reads in the workbook's
    /// language (the model's own message mixes English with the tables' Chinese terms).
    static func message(_ finding: Finding, _ language: Language) -> String {
        let zh = language == .zh
        let code = finding.code.isEmpty ? "" : finding.code + " "
        let place = zh ? "表 \(finding.table)，第 \(finding.page) 页：\(code)\(measure(finding.measure, language))"
                       : "table \(finding.table), page \(finding.page): \(code)\(measure(finding.measure, language))"
        let printed = finding.printed.description, sum = finding.sum.description
        switch finding.kind {
        case .codeNameMismatch:
            return zh ? "\(place)：印刷的名称与科目目录不符" : "\(place): the printed name differs from the code catalog"
        case .unitMissing:
            return zh ? "表 \(finding.table)，第 \(finding.page) 页：未印金额单位，按万元读取，可能有误"
                      : "table \(finding.table), page \(finding.page): no unit printed; its figures are read as 10k yuan and may be wrong"
        case .differsBetweenTables, .narrativeDiffersFromTable:
            return zh ? "\(place) 印 \(printed) 万元，另一处为 \(sum) 万元" : "\(place) prints \(printed) (10k yuan), the other figure \(sum)"
        default:
            return zh ? "\(place) 印 \(printed) 万元，各部分合计 \(sum) 万元" : "\(place) prints \(printed) (10k yuan), its parts add up to \(sum)"
        }
    }

    /// The line under a unit's name: the year, kind and basis of most of its values.
    static func source(year: Int?, kind: ReportIdentity.Kind?, basis: Amount.Basis?, _ language: Language) -> String {
        (year.map { language == .zh ? "\($0) 年" : String($0) } ?? "?") + " · " + kindAndBasis(kind: kind, basis: basis, language)
    }

    /// The kind of report, and the basis only where the kind does not imply it (a budget's 预算数,
    /// a final account's 决算数), so a header stays one line.
    static func kindAndBasis(kind: ReportIdentity.Kind?, basis: Amount.Basis?, _ language: Language) -> String {
        let implied: Amount.Basis? = switch kind {
        case .budget, .performanceTargets: .budget
        case .finalAccount, .overallSelfEvaluation, .projectEvaluation: .actual
        case nil: nil
        }
        let stated = basis.flatMap { $0 == implied ? nil : $0.name(language) }
        return [ReportIdentity.Kind.name(kind, language), stated].compactMap { $0 }.joined(separator: " · ")
    }
}
