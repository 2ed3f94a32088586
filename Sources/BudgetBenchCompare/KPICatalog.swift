import BudgetBenchNormalize

/// The KPIs BudgetBench compares. The function-class shares are added per 类 found in the data.
public enum KPICatalog {
    static let accounts: [ReportIdentity.Kind] = [.finalAccount, .budget, .overallSelfEvaluation, .projectEvaluation]
    static let evaluations: [ReportIdentity.Kind] = [.projectEvaluation, .overallSelfEvaluation, .finalAccount]
    static let targets: [ReportIdentity.Kind] = [.performanceTargets, .overallSelfEvaluation, .projectEvaluation, .budget, .finalAccount]

    public static let fixed: [KPI] = [
        KPI(id: "total_expenditure", nameZh: "支出总额", nameEn: "Total expenditure", unit: .wanYuan,
            formula: "Σ 类 totals of the largest function-classified table; else the narrative's 支出总计",
            kinds: accounts, caveat: "budget (预算) and actual (决算) figures are marked apart"),
        KPI(id: "basic_share", nameZh: "基本支出占比", nameEn: "Basic expenditure share", unit: .share,
            formula: "Σ 类 基本支出 ÷ Σ 类 合计 in the same table; else narrative 基本支出 ÷ 支出总计",
            kinds: accounts, caveat: "needs a table with 基本支出/项目支出 columns"),
        KPI(id: "project_share", nameZh: "项目支出占比", nameEn: "Project expenditure share", unit: .share,
            formula: "Σ 类 项目支出 ÷ Σ 类 合计 in the same table; else narrative 项目支出 ÷ 支出总计",
            kinds: accounts, caveat: "needs a table with 基本支出/项目支出 columns"),
        KPI(id: "personnel_share", nameZh: "工资福利支出占比", nameEn: "Personnel (301) share", unit: .share,
            formula: "经济分类 301 ÷ Σ 经济分类 类 in the largest economic table",
            kinds: accounts, caveat: "many reports classify only 基本支出 economically"),
        KPI(id: "public_share", nameZh: "商品和服务支出占比", nameEn: "Goods and services (302) share", unit: .share,
            formula: "经济分类 302 ÷ Σ 经济分类 类 in the largest economic table",
            kinds: accounts, caveat: "many reports classify only 基本支出 economically"),
        KPI(id: "subsidies_share", nameZh: "对个人和家庭补助占比", nameEn: "Subsidies to individuals (303) share", unit: .share,
            formula: "经济分类 303 ÷ Σ 经济分类 类 in the largest economic table",
            kinds: accounts, caveat: "many reports classify only 基本支出 economically"),
        KPI(id: "sangong_total", nameZh: "“三公”经费", nameEn: "Three public expenses", unit: .wanYuan,
            formula: "the narrative's “三公”经费 figure", kinds: accounts, caveat: "budget or actual as the report states"),
        KPI(id: "sangong_per_staff", nameZh: "人均“三公”经费", nameEn: "Three public expenses per staff member", unit: .wanYuanPerPerson,
            formula: "“三公”经费 ÷ 实有在编人数 of the same report", kinds: accounts, caveat: "both figures from one report"),
        KPI(id: "staff_authorized", nameZh: "核定编制", nameEn: "Authorized staff", unit: .people,
            formula: "the narrative's 核定编制 / 编制数", kinds: accounts + [.performanceTargets], caveat: ""),
        KPI(id: "staff_actual", nameZh: "实有在编人数", nameEn: "Actual staff", unit: .people,
            formula: "the narrative's 实有在编人数", kinds: accounts + [.performanceTargets], caveat: ""),
        KPI(id: "staff_fill_ratio", nameZh: "在编率", nameEn: "Actual ÷ authorized staff", unit: .share,
            formula: "实有在编人数 ÷ 核定编制 of the same report", kinds: accounts, caveat: ""),
        KPI(id: "execution_rate", nameZh: "预算执行率", nameEn: "Budget execution rate", unit: .share,
            formula: "the report's stated 预算执行率", kinds: evaluations, caveat: "whole unit or one project, as the report states"),
        KPI(id: "payments_count", nameZh: "办理支付笔数", nameEn: "Payments handled", unit: .wanPayments,
            formula: "the narrative's 资金支付 … 万笔", kinds: evaluations, caveat: ""),
        KPI(id: "payments_amount", nameZh: "支付金额", nameEn: "Amount paid out", unit: .yiYuan,
            formula: "the narrative's 支付金额 … 亿元", kinds: evaluations, caveat: "direct and authorized payments as stated"),
        KPI(id: "cost_per_thousand_payments", nameZh: "每千笔支付成本", nameEn: "Cost per 1,000 payments", unit: .yuan,
            formula: "支出总额 (万元) × 10,000 ÷ 支付笔数 × 1,000, both from one report", kinds: evaluations,
            caveat: "only where one report states both figures"),
        KPI(id: "government_procurement", nameZh: "政府采购金额", nameEn: "Government procurement", unit: .wanYuan,
            formula: "the narrative's 政府采购 figure", kinds: accounts, caveat: "budget or actual as the report states"),
        KPI(id: "evaluation_score", nameZh: "绩效评价得分", nameEn: "Evaluation score", unit: .points,
            formula: "the stated score (评价得分 / 评定为 … 分)", kinds: evaluations, caveat: "self-evaluations and external evaluations differ"),
        KPI(id: "evaluation_grade", nameZh: "评价等级", nameEn: "Evaluation grade", unit: .text,
            formula: "the stated grade (优/良/中/差)", kinds: evaluations, caveat: ""),
        KPI(id: "indicator_count", nameZh: "绩效指标数", nameEn: "Performance indicators", unit: .count,
            formula: "indicators read from the report's indicator tables", kinds: targets, caveat: "counts every table of the chosen report"),
        KPI(id: "indicator_output_count", nameZh: "产出指标数", nameEn: "Output indicators", unit: .count,
            formula: "indicators whose 一级指标 is 产出", kinds: targets, caveat: ""),
        KPI(id: "indicator_effect_count", nameZh: "效益指标数", nameEn: "Effect indicators", unit: .count,
            formula: "indicators whose 一级指标 is 效益", kinds: targets, caveat: ""),
        KPI(id: "indicator_satisfaction_count", nameZh: "满意度指标数", nameEn: "Satisfaction indicators", unit: .count,
            formula: "indicators whose 一级指标 is 满意度", kinds: targets, caveat: ""),
        KPI(id: "quantitative_target_share", nameZh: "量化目标占比", nameEn: "Share with a quantitative target", unit: .share,
            formula: "indicators whose target has a number ÷ indicators with a target", kinds: targets, caveat: ""),
        KPI(id: "satisfaction_target", nameZh: "满意度目标值", nameEn: "Satisfaction target", unit: .share,
            formula: "median target (%) of the 满意度 indicators", kinds: targets, caveat: ""),
    ]

    /// The share of one function class (类) in total expenditure.
    public static func functionShare(code: String, name: String) -> KPI {
        KPI(id: "function_share_\(code)", nameZh: "\(code) \(name)占比", nameEn: "Function \(code) share", unit: .share,
            formula: "类 \(code) ÷ Σ 类 totals in the largest function-classified table", kinds: accounts,
            caveat: "the table's own 类 list")
    }
}
