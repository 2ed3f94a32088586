"""Hand-written truth: each report's identity and its headline facts.

Every fact names the words it was read from (`source`, copied from the report; the truth
builder finds the page) and states its value in the unit given. Values were read by hand.
"""

IDENTITY = {
    "longgang-2023-budget": {
        "entity": "深圳市龙岗区财政国库支付中心", "center": "longgang",
        "region": {"province": "广东省", "city": "深圳市", "district": "龙岗区"},
        "year": 2023, "kind": "budget", "unit": "元",
        "note": "amount tables 表1–表11 print 元; 表12 and the narrative print 万元",
    },
    "futian-2020-self-evaluation": {
        "entity": "福田区国库支付中心", "center": "futian",
        "region": {"province": "广东省", "city": "深圳市", "district": "福田区"},
        "year": 2020, "kind": "overall_self_evaluation", "unit": "万元",
    },
    "dapeng-2021-project-evaluation": {
        "entity": "深圳市大鹏新区发展和财政局", "center": "dapeng",
        "region": {"province": "广东省", "city": "深圳市", "district": "大鹏新区"},
        "year": 2021, "kind": "project_evaluation", "unit": "万元",
        "project": "国库业务经费",
    },
    "yangquan-2023-final-account": {
        "entity": "阳泉市国库集中支付中心", "center": "yangquan",
        "region": {"province": "山西省", "city": "阳泉市", "district": None},
        "year": 2023, "kind": "final_account", "unit": "万元",
    },
    "funing-2020-performance-targets": {
        "entity": "秦皇岛市抚宁区财政局", "center": "funing",
        "region": {"province": "河北省", "city": "秦皇岛市", "district": "抚宁区"},
        "year": 2020, "kind": "performance_targets", "unit": "万元",
    },
}


def fact(key, value, unit, basis, source):
    return {"key": key, "value": value, "unit": unit, "basis": basis, "source": source}


FACTS = {
    "longgang-2023-budget": [
        fact("total_income", "4339", "万元", "budget", "2023年深圳市龙岗区财政国库支付中心部门预算收入4,339万元"),
        fact("total_expenditure", "4339", "万元", "budget", "2023年部门预算支出4,339万元"),
        fact("personnel_expenditure", "3050", "万元", "budget", "包括人员支出 3,050 万元"),
        fact("public_expenditure", "231", "万元", "budget", "公用支出 231 万元"),
        fact("subsidies_to_individuals", "109", "万元", "budget", "对个人和家庭的补助支出 109 万元"),
        fact("project_expenditure", "949", "万元", "budget", "项目支出 949 万元。"),
        fact("government_procurement", "762", "万元", "budget", "政府采购项目纳入 2023 年部门预算共计 762 万元"),
        fact("sangong_total", "8", "万元", "budget", "2023 年“三公”经费预算 8 万元"),
        fact("official_vehicle_running", "8", "万元", "budget", "公务用车运行维护费 2023 年预算数 8 万元"),
        fact("staff_authorized", "50", "人", "budget", "事业编制数 50 人"),
        fact("staff_actual", "49", "人", "budget", "事业编制数 50 人，实有在编人数 49 人"),
        fact("retired_staff", "15", "人", "budget", "退休 15 人"),
        fact("project_targets", "6", "个", "budget", "设置并编报6个项目绩效目标"),
        fact("vehicles", "2", "辆", "budget", "共有车辆 2 辆"),
    ],
    "futian-2020-self-evaluation": [
        fact("total_budget", "4547", "万元", "budget", "部门预算安排资金4,547万元"),
        fact("total_expenditure", "4507", "万元", "actual", "全年实际支出4,507万元"),
        fact("execution_rate", "99.10", "%", "actual", "全年实际执行率为99.10%"),
        fact("personnel_budget", "2124", "万元", "budget", "人员经费预算安排2,124万元"),
        fact("personnel_expenditure", "2110", "万元", "actual", "人员经费预算安排2,124万元，实际支出2,110万元"),
        fact("project_budget", "2270", "万元", "budget", "2020年项目支出预算安排2,270万元"),
        fact("project_expenditure", "2247", "万元", "actual", "实际支出2,247万元"),
        fact("staff_authorized", "67", "人", "budget", "核定编制67人"),
        fact("staff_actual", "52", "人", "actual", "实有在编人数52人"),
        fact("staff_total_with_contract", "88", "人", "actual", "在职人员总数（在编+编外）88人"),
        fact("sangong_budget", "11.67", "万元", "budget", "“三公”经费预算数为11.67万元"),
        fact("sangong_actual", "7.28", "万元", "actual", "实际支出7.28万元"),
        fact("government_procurement_budget", "32.43", "万元", "budget", "政府采购计划安排资金32.43万元"),
        fact("government_procurement", "30.43", "万元", "actual", "实际采购金额为30.43万元"),
        fact("payments_count", "43320", "笔", "actual", "共完成国库直接支付43320笔"),
        fact("payments_amount", "189.31", "亿元", "actual", "直接支付金额189.31亿元"),
        fact("total_assets", "926.4", "万元", "actual", "总资产926.4万元"),
    ],
    "dapeng-2021-project-evaluation": [
        fact("initial_budget", "279.02", "万元", "budget", "2021年国库业务经费预算金额为279.02万元"),
        fact("budget_adjustment", "135.94", "万元", "adjusted", "年中调增135.94万元"),
        fact("adjusted_budget", "414.96", "万元", "adjusted", "调整后预算数为414.96万元"),
        fact("total_expenditure", "414.96", "万元", "actual", "决算数为414.96万元"),
        fact("execution_rate", "100", "%", "actual", "调整后预算数为414.96万元，决算数为414.96万元，预算执行率为100%"),
        fact("payments_count", "22.08", "万笔", "actual", "2021 年直接支付、授权支付笔数 22.08 万笔"),
        fact("payments_amount", "61.94", "亿元", "actual", "2021 年直接支付、授权支付金额 61.94 亿元"),
        fact("evaluation_score", "96.5", "分", "actual", "整体绩效综合评定为：96.5分"),
        fact("evaluation_grade", "优", "", "actual", "绩效等级为：优"),
        fact("user_satisfaction", "91.67", "%", "actual", "使用的满意度91.67%"),
    ],
    "yangquan-2023-final-account": [
        fact("total_income", "537.66", "万元", "actual", "2023年度收入总计537.66万元"),
        fact("total_expenditure", "537.66", "万元", "actual", "支出总计537.66万元"),
        fact("income_this_year", "535.42", "万元", "actual", "2023年度收入合计535.42万元"),
        fact("fiscal_allocation_income", "535.42", "万元", "actual", "财政拨款收入535.42万元"),
        fact("expenditure_this_year", "537.66", "万元", "actual", "2023年度支出合计537.66万元"),
        fact("basic_expenditure", "339.97", "万元", "actual", "基本支出339.97万元"),
        fact("project_expenditure", "197.69", "万元", "actual", "项目支出197.69万元"),
        fact("personnel_expenditure", "321.08", "万元", "actual", "人员经费321.08万元"),
        fact("public_expenditure", "18.90", "万元", "actual", "公用经费18.90万元"),
        fact("initial_budget_general", "678.72", "万元", "budget", "年初预算678.72万元"),
        fact("execution_rate", "79.22", "%", "actual", "完成年初预算的79.22%"),
        fact("sangong_actual", "0", "万元", "actual", "“三公”经费财政拨款支出全年预算0万元，支出决算0万元"),
        fact("government_procurement", "3.03", "万元", "actual", "合计 1 3.03"),
    ],
    "funing-2020-performance-targets": [
        fact("project_budget", "100.00", "万元", "budget", "预算数 100.00"),
        fact("project_budget", "300.00", "万元", "budget", "预算数 300.00"),
        fact("spending_plan_march", "25", "%", "budget", "3 月底 6 月底 10 月底"),
        fact("staff_guaranteed", "6", "人", "budget", "=6 人"),
        fact("satisfaction_target", "95", "%", "budget", "服务对象满意度 ≥95%"),
        fact("project_targets", "5", "个", "budget", "5、国有资产管理"),
        fact("department", "318002", "", "budget", "318002 抚宁区财政局机关"),
        fact("entity", "秦皇岛市抚宁区财政局", "", "budget", "秦皇岛市抚宁区财政局审核"),
        fact("tax_collection_project", "财税征收经费", "", "budget", "财税征收经费绩效目标表"),
        fact("heating_project", "公用取暖费", "", "budget", "公用取暖费"),
    ],
}
