import BudgetBenchNormalize

/// The KPIs BudgetBench compares. The function-class shares are added per 类 found in the data.
public enum KPICatalog {
    static let accounts: [ReportIdentity.Kind] = [.finalAccount, .budget, .overallSelfEvaluation, .projectEvaluation]
    static let evaluations: [ReportIdentity.Kind] = [.projectEvaluation, .overallSelfEvaluation, .finalAccount]
    static let targets: [ReportIdentity.Kind] = [.performanceTargets, .overallSelfEvaluation, .projectEvaluation, .budget, .finalAccount]

    public static let fixed: [KPI] = [
        KPI(id: "total_expenditure", nameZh: "支出总额（全口径）", nameEn: "Total expenditure (all funds)", unit: .wanYuan,
            formula: "支出合计 of the 收支总表 (all funds); else Σ 类 of the largest all-funds function table; else the narrative's all-funds 支出总计",
            kinds: accounts, caveat: "all funds (全口径): every fund of the unit; budget (预算) and actual (决算) figures are marked apart",
            caveatZh: "全口径：单位的全部资金；预算数与决算数分开标注", direction: .neutral, reason: .size),
        KPI(id: "fiscal_allocation_expenditure", nameZh: "财政拨款支出总额", nameEn: "Fiscal-allocation expenditure", unit: .wanYuan,
            formula: "支出合计 of the 财政拨款收支总表; else Σ 类 of the largest 财政拨款 function table; else the narrative's 财政拨款 figure",
            kinds: accounts, caveat: "fiscal allocations (财政拨款) only; not comparable with all-funds totals",
            caveatZh: "仅财政拨款，不与全口径总额比较", direction: .neutral, reason: .size),
        KPI(id: "basic_share", nameZh: "基本支出占比", nameEn: "Basic expenditure share", unit: .share,
            formula: "Σ 类 基本支出 ÷ (Σ 类 基本支出 + Σ 类 项目支出) of the all-funds function table (else the 财政拨款 one); else the narrative's 基本支出 ÷ (基本支出 + 项目支出)",
            kinds: accounts, caveat: "a reserve (预留机动经费) or carry-over is neither basic nor project",
            caveatZh: "预留机动经费、结转既非基本支出也非项目支出", direction: .neutral, reason: .mix),
        KPI(id: "project_share", nameZh: "项目支出占比", nameEn: "Project expenditure share", unit: .share,
            formula: "Σ 类 项目支出 ÷ (Σ 类 基本支出 + Σ 类 项目支出), as 基本支出占比",
            kinds: accounts, caveat: "a reserve (预留机动经费) or carry-over is neither basic nor project",
            caveatZh: "预留机动经费、结转既非基本支出也非项目支出", direction: .neutral, reason: .mix),
        KPI(id: "personnel_share", nameZh: "工资福利支出占比", nameEn: "Personnel (301) share", unit: .share,
            formula: "经济分类 301 ÷ Σ 经济分类 类 in the largest economic table",
            kinds: accounts, caveat: "many reports classify only basic expenditure (基本支出) economically",
            caveatZh: "许多报告只对基本支出作经济分类", direction: .neutral, reason: .mix),
        KPI(id: "public_share", nameZh: "商品和服务支出占比", nameEn: "Goods and services (302) share", unit: .share,
            formula: "经济分类 302 ÷ Σ 经济分类 类 in the largest economic table",
            kinds: accounts, caveat: "many reports classify only basic expenditure (基本支出) economically",
            caveatZh: "许多报告只对基本支出作经济分类", direction: .neutral, reason: .mix),
        KPI(id: "subsidies_share", nameZh: "对个人和家庭补助占比", nameEn: "Subsidies to individuals (303) share", unit: .share,
            formula: "经济分类 303 ÷ Σ 经济分类 类 in the largest economic table",
            kinds: accounts, caveat: "many reports classify only basic expenditure (基本支出) economically",
            caveatZh: "许多报告只对基本支出作经济分类", direction: .neutral, reason: .mix),
        KPI(id: "sangong_total", nameZh: "“三公”经费", nameEn: "Three public expenses", unit: .wanYuan,
            formula: "Σ of the “三公” table's parts (因公出国（境）, 公务用车购置及运行, 公务接待); else the narrative's “三公”经费 figure", kinds: accounts,
            caveat: "budget or actual as the report states",
            caveatZh: "按报告所述为预算数或决算数", direction: .lowerIsBetter, reason: KPI.Reason(zh: "“三公”经费按规定只减不增（过紧日子要求）", en: "central rules require the three public expenses to shrink, never grow")),
        KPI(id: "sangong_per_staff", nameZh: "人均“三公”经费", nameEn: "Three public expenses per staff member", unit: .wanYuanPerPerson,
            formula: "“三公”经费 ÷ 实有在编人数 of the same report", kinds: accounts, caveat: "both figures from one report",
            caveatZh: "两个数取自同一份报告", direction: .lowerIsBetter, reason: KPI.Reason(zh: "“三公”经费按规定只减不增，按人均可比", en: "the three public expenses must shrink, made comparable per person")),
        KPI(id: "staff_authorized", nameZh: "核定编制", nameEn: "Authorized staff", unit: .people,
            formula: "the narrative's 核定编制 / 编制数", kinds: accounts + [.performanceTargets], caveat: "",
            caveatZh: "", direction: .neutral, reason: .headcount),
        KPI(id: "staff_actual", nameZh: "实有在编人数", nameEn: "Actual staff", unit: .people,
            formula: "the narrative's 实有在编人数", kinds: accounts + [.performanceTargets], caveat: "",
            caveatZh: "", direction: .neutral, reason: .headcount),
        KPI(id: "staff_fill_ratio", nameZh: "在编率", nameEn: "Actual ÷ authorized staff", unit: .share,
            formula: "实有在编人数 ÷ 核定编制 of the same report", kinds: accounts, caveat: "",
            caveatZh: "", direction: .neutral, reason: KPI.Reason(zh: "空编和超编都需要说明，不是越高越好", en: "vacancies and overstaffing both need explaining; higher is not better")),
        KPI(id: "execution_rate", nameZh: "预算执行率", nameEn: "Budget execution rate", unit: .share,
            formula: "the report's stated 预算执行率", kinds: evaluations, caveat: "whole unit or one project, as the report states",
            caveatZh: "按报告所述为整个单位或单个项目", direction: .higherIsBetter, reason: KPI.Reason(zh: "预算执行率是绩效考核指标，越接近 100% 越好", en: "a graded performance measure: the closer to 100 % the better")),
        KPI(id: "payments_count", nameZh: "办理支付笔数", nameEn: "Payments handled", unit: .wanPayments,
            formula: "the narrative's 资金支付 … 万笔", kinds: evaluations, caveat: "",
            caveatZh: "", direction: .neutral, reason: .workload),
        KPI(id: "payments_amount", nameZh: "支付金额", nameEn: "Amount paid out", unit: .yiYuan,
            formula: "the narrative's 支付金额 … 亿元", kinds: evaluations, caveat: "direct and authorized payments as stated",
            caveatZh: "按报告所述含直接支付和授权支付", direction: .neutral, reason: .workload),
        KPI(id: "cost_per_thousand_payments", nameZh: "每千笔支付成本", nameEn: "Cost per 1,000 payments", unit: .yuan,
            formula: "支出总额 (万元) × 10,000 ÷ 支付笔数 × 1,000, both from one report", kinds: evaluations,
            caveat: "only where one report states both figures",
            caveatZh: "仅当同一份报告给出两个数时", direction: .lowerIsBetter, reason: KPI.Reason(zh: "单位业务成本，越低效率越高", en: "a unit cost: lower is more efficient")),
        KPI(id: "government_procurement", nameZh: "政府采购金额", nameEn: "Government procurement", unit: .wanYuan,
            formula: "the narrative's 政府采购 figure", kinds: accounts, caveat: "budget or actual as the report states",
            caveatZh: "按报告所述为预算数或决算数", direction: .neutral, reason: KPI.Reason(zh: "采购规模取决于预算，不分好坏", en: "follows the budget, neither good nor bad")),
        KPI(id: "evaluation_score", nameZh: "绩效评价得分", nameEn: "Evaluation score", unit: .points,
            formula: "the stated score (评价得分 / 评定为 … 分)", kinds: evaluations, caveat: "self-evaluations and external evaluations differ",
            caveatZh: "自评与外部评价不可直接比较", direction: .higherIsBetter, reason: KPI.Reason(zh: "绩效评价得分越高越好", en: "a graded result: higher is better")),
        KPI(id: "evaluation_grade", nameZh: "评价等级", nameEn: "Evaluation grade", unit: .text,
            formula: "the stated grade (优/良/中/差)", kinds: evaluations, caveat: "",
            caveatZh: "", direction: .neutral, reason: KPI.Reason(zh: "文字等级，不着色", en: "a grade in words, not coloured")),
        KPI(id: "indicator_count", nameZh: "绩效指标数", nameEn: "Performance indicators", unit: .count,
            formula: "indicators read from the report's indicator tables", kinds: targets, caveat: "counts every table of the chosen report",
            caveatZh: "统计所选报告的全部指标表", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_output_count", nameZh: "产出指标数", nameEn: "Output indicators", unit: .count,
            formula: "indicators whose 一级指标 is 产出", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_effect_count", nameZh: "效益指标数", nameEn: "Effect indicators", unit: .count,
            formula: "indicators whose 一级指标 is 效益", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_satisfaction_count", nameZh: "满意度指标数", nameEn: "Satisfaction indicators", unit: .count,
            formula: "indicators whose 一级指标 is 满意度", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_quantity_count", nameZh: "数量指标数", nameEn: "Quantity indicators", unit: .count,
            formula: "indicators whose 二级指标 is 数量", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_quality_count", nameZh: "质量指标数", nameEn: "Quality indicators", unit: .count,
            formula: "indicators whose 二级指标 is 质量", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_timeliness_count", nameZh: "时效指标数", nameEn: "Timeliness indicators", unit: .count,
            formula: "indicators whose 二级指标 is 时效", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_cost_count", nameZh: "成本指标数", nameEn: "Cost indicators", unit: .count,
            formula: "indicators whose 二级指标 is 成本", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_social_effect_count", nameZh: "社会效益指标数", nameEn: "Social effect indicators", unit: .count,
            formula: "indicators whose 二级指标 is 社会效益", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "indicator_sustainability_count", nameZh: "可持续影响指标数", nameEn: "Sustainability indicators", unit: .count,
            formula: "indicators whose 二级指标 is 可持续影响", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: .indicatorCount),
        KPI(id: "quantitative_target_share", nameZh: "量化目标占比", nameEn: "Share with a quantitative target", unit: .share,
            formula: "indicators whose target has a number ÷ indicators with a target", kinds: targets, caveat: "",
            caveatZh: "", direction: .higherIsBetter, reason: KPI.Reason(zh: "绩效目标要求能量化的尽量量化", en: "performance-target rules ask for quantified targets wherever possible")),
        KPI(id: "satisfaction_target", nameZh: "满意度目标值", nameEn: "Satisfaction target", unit: .share,
            formula: "median target (%) of the 满意度 indicators", kinds: targets, caveat: "",
            caveatZh: "", direction: .neutral, reason: KPI.Reason(zh: "目标值高低不代表实际满意度", en: "a target, not the satisfaction reached")),
    ]

    /// The fixed KPIs and one share per function class (类) the reports print, named by every name
    /// the reports print for it, the latest year's first: the classification was reformed, so a
    /// 2017 report's 210 医疗卫生与计划生育支出 is a 2019 report's 卫生健康支出.
    static func kpis(for figures: some Sequence<ReportFigures>) -> [KPI] {
        var printed: [String: [(year: Int, name: String)]] = [:]
        for figure in figures {
            for (code, name) in figure.classNames {
                printed[code, default: []].append((figure.logical.year ?? 0, name.filter { !$0.isWhitespace }))
            }
        }
        return fixed + printed.keys.sorted().map { code in
            var names: [String] = []
            for entry in (printed[code] ?? []).sorted(by: { ($0.year, $1.name) > ($1.year, $0.name) }) where !names.contains(entry.name) {
                names.append(entry.name)
            }
            return functionShare(code: code, name: names.joined(separator: " / "))
        }
    }

    /// The share of one function class (类) in total expenditure.
    public static func functionShare(code: String, name: String) -> KPI {
        KPI(id: "function_share_\(code)", nameZh: "\(code) \(name)占比", nameEn: "Function \(code) share", unit: .share,
            formula: "类 \(code) ÷ Σ 类 totals in the largest function-classified table", kinds: accounts,
            caveat: "the table's own list of classes (类)", caveatZh: "按该表自身的类", direction: .neutral, reason: .mix)
    }
}

/// Reasons several KPIs share.
extension KPI.Reason {
    static let size = KPI.Reason(zh: "规模指标，大小取决于单位职能和辖区，不分好坏", en: "a size: it follows the unit's remit and area, neither good nor bad")
    static let mix = KPI.Reason(zh: "支出结构取决于单位职能，不分好坏", en: "a spending mix: it follows the unit's remit, neither good nor bad")
    static let headcount = KPI.Reason(zh: "人员规模由编制部门核定，不分好坏", en: "a headcount set by the staffing office, neither good nor bad")
    static let workload = KPI.Reason(zh: "业务量，取决于辖区规模", en: "a workload, following the area served")
    static let indicatorCount = KPI.Reason(zh: "指标多少不代表绩效好坏", en: "more indicators are not better performance")
}
