import BudgetBenchNormalize
import BudgetBenchStore

// The names every output (terminal, CSV, JSON, workbook) prints for the typed values, in the
// language the user asked for.

extension KPI.Unit {
    public func name(_ language: Language) -> String {
        guard language == .en else { return self == .share ? "%" : rawValue }
        switch self {
        case .wanYuan: return "10k yuan"
        case .yiYuan: return "100m yuan"
        case .yuan: return "yuan"
        case .share: return "%"
        case .people: return "people"
        case .wanPayments: return "10k payments"
        case .points: return "points"
        case .count: return "count"
        case .text: return ""
        case .wanYuanPerPerson: return "10k yuan/person"
        }
    }
}

extension Amount.Basis {
    public func name(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .budget: return zh ? "预算数" : "budget"
        case .adjusted: return zh ? "调整预算数" : "adjusted budget"
        case .actual: return zh ? "决算数" : "actual"
        case .priorBudget: return zh ? "上年预算数" : "prior-year budget"
        case .priorActual: return zh ? "上年决算数" : "prior-year actual"
        }
    }
}

extension ReportIdentity.Kind {
    public func name(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .budget: return zh ? "预算" : "budget"
        case .finalAccount: return zh ? "决算" : "final account"
        case .overallSelfEvaluation: return zh ? "整体绩效自评" : "self-evaluation"
        case .projectEvaluation: return zh ? "项目绩效评价" : "project evaluation"
        case .performanceTargets: return zh ? "绩效目标" : "performance targets"
        }
    }

    public static func name(_ kind: Self?, _ language: Language) -> String {
        kind?.name(language) ?? (language == .zh ? "类型不明" : "kind unknown")
    }
}
