"""The invented content of the performance forms: units, projects, indicators, targets, scores.

Everything here is made up for this generator. A form is built as plain data (Form, Indicator)
before any layout; the truth JSON is written from this data, never from a rendered page.
"""

import random
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP

# Column wordings per role. The check set's wordings (CHECK_WORDING) never occur in the tune set.
TUNE_WORDINGS = {
    "target": ["年度指标值", "指标值", "目标值", "预期值", "年度目标"],
    "actual": ["全年完成值", "实际完成值", "完成值"],
    "weight": ["分值"],
    "score": ["得分", "自评得分"],
    "reason": ["偏差原因", "偏差原因分析及改进措施"],
    "explanation": ["指标解释"],
}
CHECK_WORDING = {
    "target": "计划值", "actual": "实际值", "weight": "权重", "score": "评分",
    "reason": "未完成原因", "explanation": "评分标准",
}


def tune_wording(rng: random.Random) -> dict:
    return {role: rng.choice(words) for role, words in TUNE_WORDINGS.items()}


CITIES = ["澄江市", "云溪县", "丰源区", "北岭县", "兴安区", "临川市", "汉阳县", "长乐区"]

# Each domain: the department, implementing units, project names, countable outputs
# (noun, measure word, low, high), services for timeliness, the people served, and text outcomes.
DOMAINS = [
    {
        "department": "{city}住房和城乡建设局", "units": ["{city}城市更新服务中心", "{city}房屋安全管理站"],
        "projects": ["老旧小区综合整治工程", "既有住宅加装电梯补助", "城镇燃气管网改造"],
        "outputs": [("改造小区", "个", 6, 40), ("加装电梯", "部", 10, 120), ("更换燃气管道", "公里", 3, 35),
                    ("入户安全检查", "户", 800, 6000), ("雨污分流改造楼栋", "栋", 12, 90)],
        "quality": ["工程竣工验收合格率", "管道焊口检测合格率", "电梯检验合格率", "隐患整改完成率"],
        "timeliness": ["开工及时率", "竣工交付及时率", "补助资金拨付及时率"],
        "cost": [("每平方米改造成本", "元/平方米"), ("每部电梯补助标准", "万元/部"), ("管网改造单价", "万元/公里")],
        "people": ["小区居民", "加装电梯住户", "燃气用户"],
        "social": ["居住环境改善情况", "燃气安全事故发生情况", "群众出行便利程度"],
        "economic": ["带动社会资本投入", "降低住户维修支出"],
        "ecology": ["雨污混接点消除情况", "小区绿化覆盖率提升"],
        "sustain": ["小区长效管理机制建立情况", "设施运维责任落实情况"],
    },
    {
        "department": "{city}教育局", "units": ["{city}第二实验小学", "{city}学生资助管理中心", "{city}教育装备站"],
        "projects": ["农村义务教育学生营养改善计划", "中小学智慧教室建设", "家庭经济困难学生资助"],
        "outputs": [("受益学生", "人", 1200, 18000), ("建成智慧教室", "间", 20, 160), ("资助学生", "人次", 300, 5000),
                    ("配送营养餐", "天", 160, 200), ("培训教师", "人次", 80, 900)],
        "quality": ["食品安全抽检合格率", "设备安装验收合格率", "资助对象认定准确率", "配餐营养达标率"],
        "timeliness": ["资助资金发放及时率", "设备到位及时率", "营养餐配送准时率"],
        "cost": [("生均营养膳食补助标准", "元/生/天"), ("每间教室建设成本", "万元/间"), ("生均资助标准", "元/生/年")],
        "people": ["学生家长", "受助学生", "任课教师"],
        "social": ["学生营养健康状况改善", "因贫失学辍学情况", "课堂教学信息化水平"],
        "economic": ["减轻家庭教育支出负担", "带动本地农产品采购"],
        "ecology": ["校园餐厨垃圾规范处置率", "教学设备能耗降低情况"],
        "sustain": ["资助工作长效机制", "智慧教室持续使用情况"],
    },
    {
        "department": "{city}民政局", "units": ["{city}社会福利院", "{city}养老服务指导中心"],
        "projects": ["居家和社区养老服务提升", "困难群众临时救助", "特困人员集中供养"],
        "outputs": [("建成社区养老服务站", "个", 5, 30), ("上门服务老人", "人次", 2000, 26000), ("临时救助", "人次", 150, 2400),
                    ("集中供养特困人员", "人", 40, 600), ("适老化改造家庭", "户", 100, 1500)],
        "quality": ["服务站运营达标率", "救助对象识别准确率", "护理服务质量合格率", "适老化改造验收合格率"],
        "timeliness": ["救助资金发放及时率", "服务需求响应及时率", "改造任务完成及时率"],
        "cost": [("每户适老化改造补助", "元/户"), ("特困人员月供养标准", "元/人/月"), ("每人次上门服务费用", "元/人次")],
        "people": ["服务对象", "受助群众", "入住老人及家属"],
        "social": ["基本生活兜底保障情况", "老年人生活质量提升情况", "社会救助体系完善程度"],
        "economic": ["带动养老服务企业发展", "减轻家庭照护支出"],
        "ecology": ["服务站节能设施使用情况"],
        "sustain": ["养老服务网络持续运营", "救助工作制度化水平"],
    },
    {
        "department": "{city}交通运输局", "units": ["{city}公路事业发展中心", "{city}农村公路养护所"],
        "projects": ["农村公路日常养护", "危桥加固改造工程", "城乡公交运营补贴"],
        "outputs": [("养护农村公路里程", "公里", 120, 1600), ("加固改造危桥", "座", 3, 25), ("补贴公交线路", "条", 8, 60),
                    ("设置安全防护栏", "公里", 10, 120), ("开展路况巡查", "次", 50, 400)],
        "quality": ["路面技术状况优良率", "桥梁加固质量合格率", "养护工程验收合格率", "安全设施完好率"],
        "timeliness": ["病害处置及时率", "补贴资金拨付及时率", "工程按期完工率"],
        "cost": [("每公里年养护成本", "元/年/公里"), ("每条线路年补贴", "元/年/条"), ("每座危桥改造成本", "万元/座")],
        "people": ["沿线群众", "公交乘客", "运输企业"],
        "social": ["群众出行安全保障情况", "城乡公交通达率", "道路通行条件改善"],
        "economic": ["降低农产品运输成本", "沿线产业带动情况"],
        "ecology": ["公路沿线绿化情况", "新能源公交车占比"],
        "sustain": ["农村公路养护长效机制", "公交线路持续运营能力"],
    },
    {
        "department": "{city}生态环境局", "units": ["{city}环境监测站", "{city}河湖管护中心"],
        "projects": ["重点河道水环境综合治理", "大气污染防治网格化监管", "农村生活污水处理设施运维"],
        "outputs": [("河道保洁里程", "公里", 30, 260), ("建设空气监测微站", "个", 10, 90), ("运维污水处理站点", "座", 20, 180),
                    ("开展执法检查", "次", 60, 700), ("清理河道垃圾", "吨", 100, 2400)],
        "quality": ["监测数据有效率", "出水水质达标率", "问题整改销号率", "站点正常运行率"],
        "timeliness": ["污染投诉处置及时率", "监测数据上传及时率", "设施故障修复及时率"],
        "cost": [("每公里河道保洁成本", "元/公里/年"), ("单个站点年运维费用", "元/座/年"), ("每个微站建设费用", "万元/个")],
        "people": ["周边居民", "沿河群众", "企业和群众"],
        "social": ["群众环境投诉量变化", "环境违法行为查处情况"],
        "economic": ["减少污染治理损失", "带动环保产业发展"],
        "ecology": ["主要河流断面水质达标率", "空气质量优良天数比例", "化学需氧量减排量"],
        "sustain": ["河长制巡河机制运行情况", "设施运维长效机制"],
    },
    {
        "department": "{city}卫生健康委员会", "units": ["{city}疾病预防控制中心", "{city}妇幼保健院", "{city}基层卫生服务中心"],
        "projects": ["基本公共卫生服务", "适龄儿童免费疫苗接种", "基层医疗机构设备购置"],
        "outputs": [("建立居民健康档案", "份", 30000, 280000), ("接种疫苗", "剂次", 5000, 60000), ("购置医疗设备", "台", 20, 200),
                    ("开展健康讲座", "场", 30, 300), ("随访管理慢病患者", "人", 2000, 26000)],
        "quality": ["健康档案规范化率", "疫苗接种率", "设备验收合格率", "慢病患者规范管理率"],
        "timeliness": ["设备采购完成及时率", "疫苗配送及时率", "补助资金下达及时率"],
        "cost": [("人均基本公共卫生服务经费", "元/人/年"), ("单台设备平均采购价", "万元/台")],
        "people": ["城乡居民", "儿童家长", "就诊患者"],
        "social": ["居民健康素养水平", "传染病发病情况", "基层就诊率"],
        "economic": ["减轻群众就医负担", "降低转诊费用"],
        "ecology": ["医疗废物规范处置率"],
        "sustain": ["基层卫生服务能力持续提升", "设备使用维护制度"],
    },
    {
        "department": "{city}人力资源和社会保障局", "units": ["{city}公共就业服务中心", "{city}职业技能鉴定所"],
        "projects": ["职业技能提升补贴", "高校毕业生就业见习补贴", "公益性岗位开发"],
        "outputs": [("开展职业技能培训", "人次", 600, 9000), ("取得职业资格证书", "人", 200, 4000), ("组织就业见习", "人", 50, 800),
                    ("开发公益性岗位", "个", 40, 500), ("举办招聘活动", "场", 10, 80)],
        "quality": ["培训合格率", "见习留用率", "岗位人员在岗率", "补贴发放准确率"],
        "timeliness": ["补贴资金发放及时率", "培训计划完成及时率", "岗位补贴按月发放率"],
        "cost": [("人均培训补贴标准", "元/人"), ("见习补贴标准", "元/人/月"), ("公益性岗位补贴", "元/人/月")],
        "people": ["参训人员", "见习人员", "用人单位"],
        "social": ["城镇新增就业人数", "就业困难人员就业情况", "劳动者技能水平提升"],
        "economic": ["参训人员收入增长情况", "带动企业用工"],
        "ecology": ["线上培训占比"],
        "sustain": ["技能培训长效机制", "就业服务体系持续运行"],
    },
    {
        "department": "{city}文化广电旅游局", "units": ["{city}图书馆", "{city}文化馆", "{city}博物馆"],
        "projects": ["公共文化场馆免费开放", "送戏下乡文化惠民演出", "数字图书馆资源建设"],
        "outputs": [("开展惠民演出", "场", 40, 400), ("新增馆藏图书", "册", 3000, 60000), ("举办公益展览", "期", 6, 40),
                    ("场馆年开放天数", "天", 280, 320), ("数字资源更新", "TB", 2, 30)],
        "quality": ["演出节目审查合格率", "图书编目准确率", "场馆安全检查合格率", "数字资源可用率"],
        "timeliness": ["演出按计划完成率", "新书上架及时率", "展览按期开展率"],
        "cost": [("每场演出补助标准", "元/场"), ("每册图书采购均价", "元/册")],
        "people": ["观众", "读者", "基层群众"],
        "social": ["群众文化生活丰富程度", "场馆年接待人次", "全民阅读氛围"],
        "economic": ["带动文化消费", "促进文旅融合发展"],
        "ecology": ["场馆节能改造情况"],
        "sustain": ["文化惠民长效机制", "数字资源持续服务能力"],
    },
]

# The standard 一级 → 二级 wording of 绩效目标表 and 自评表 (two generations of the national template).
LEVEL2_BY_LEVEL1 = {
    "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
    "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    "满意度指标": ["服务对象满意度指标"],
}
LEVEL2_SHORT = {"数量指标": "产出数量", "质量指标": "产出质量", "时效指标": "产出时效", "成本指标": "产出成本"}

TEXT_TARGETS = {
    "social": ["有效改善", "明显提升", "逐步改善", "持续向好", "显著提高"],
    "economic": ["有所降低", "明显减轻", "稳步增长", "有效带动"],
    "ecology": ["持续改善", "逐年提升", "稳步提高"],
    "sustain": ["长期", "持续发挥作用", "机制健全", "长期有效"],
}
TEXT_ACTUALS = {"有效改善": "已改善", "明显提升": "有所提升", "逐步改善": "逐步改善", "持续向好": "总体向好",
                "显著提高": "明显提高", "有所降低": "有所降低", "明显减轻": "有所减轻", "稳步增长": "稳步增长",
                "有效带动": "带动明显", "持续改善": "持续改善", "逐年提升": "有所提升", "稳步提高": "稳步提高",
                "长期": "长期", "持续发挥作用": "持续发挥作用", "机制健全": "已建立", "长期有效": "长期有效"}

DEVIATION_REASONS = [
    "受汛期影响，部分工程延后开工，已调整施工计划。",
    "项目招标流程较长，设备到货延迟，下年度加强前期准备。",
    "服务对象数量少于预期，下一步加大宣传力度。",
    "部分资金年底下达，未能在当年支付完毕。",
    "原材料价格上涨，单位成本略高于预期，后续优化采购方式。",
    "个别点位调整选址，进度滞后，已于次年一季度完成。",
]

GOALS = [
    "通过实施{project}，完成{o1}{n1}{u1}、{o2}{n2}{u2}，切实提升{people}的获得感和满意度，"
    "推动{field}工作提质增效，确保资金使用规范、安全、有效。",
    "年度内按计划推进{project}，{o1}达到{n1}{u1}，{o2}达到{n2}{u2}；加强过程监管和绩效跟踪，"
    "形成可复制的工作经验，{people}满意度保持在较高水平。",
    "围绕{field}重点任务，统筹安排资金，保障{project}顺利实施：一是{o1}{n1}{u1}；二是{o2}{n2}{u2}；"
    "三是健全管理制度，建立长效运行机制，服务质量明显提升。",
]
FIELDS = {"住房": "城市更新", "教育": "教育惠民", "民政": "民生兜底", "交通": "交通基础设施", "生态": "生态环境保护",
          "卫生": "公共卫生", "人力": "稳就业", "文化": "公共文化服务"}


@dataclass
class Indicator:
    level1: str
    level2: str
    level3: str
    target: str | None
    actual: str | None = None
    weight: str | None = None
    score: str | None = None
    reason: str | None = None
    explanation: str | None = None
    # Weights of the level cells (scoring tables print them in their own columns, others in the name).
    level1Weight: str | None = None
    level2Weight: str | None = None
    # A row printed in the grid that is not an indicator (三级 cell 无 / 不适用).
    placeholder: bool = False
    # Whether the actual meets the target: a self-evaluation scores the rest below the weight.
    met: bool = True


@dataclass
class Budget:
    initial: Decimal
    adjusted: Decimal
    executed: Decimal
    weight: str
    rate: str
    score: str
    finance: tuple[Decimal, Decimal, Decimal]


@dataclass
class Form:
    kind: str                 # targets | self-evaluation | scoring
    title: str
    year: int
    project: str
    code: str
    amount: Decimal           # 万元, the printed 项目资金 / 全年预算数
    department: str
    unit: str
    goal: str
    actualGoal: str | None
    budget: Budget | None
    indicators: list[Indicator]
    totalLabel: str | None = None
    totalWeight: str | None = None
    totalScore: str | None = None
    grade: str | None = None
    gradeLabel: str | None = None


def money(value) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def score_text(value: Decimal) -> str:
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}".rstrip("0").rstrip(".")
    return text or "0"


def grade_of(total: Decimal) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


class Content:
    """Draws the content of one document's forms from its own random source."""

    def __init__(self, rng: random.Random, year: int):
        self.rng = rng
        self.year = year
        self.used: set[str] = set()

    def unique(self, name: str) -> str | None:
        if name in self.used:
            return None
        self.used.add(name)
        return name

    def project_setting(self):
        rng = self.rng
        domain = rng.choice(DOMAINS)
        city = rng.choice(CITIES)
        project = rng.choice(domain["projects"])
        full = f"{self.year}年{city}{project}" if rng.random() < 0.4 else project
        code = f"{rng.randint(3301, 6599)}{self.year % 100:02d}{rng.randint(1000000, 9999999)}"
        return domain, city, full, code

    def quantity_target(self, noun: str, unit: str, low: int, high: int):
        """A countable target in one of the printed notations, with its actual."""
        rng = self.rng
        n = rng.randint(low, high)
        if n > 50:
            n = round(n, -1)
        form = rng.choice(["≥", "=", "不少于", "", "≥", "达到"])
        target = f"{form}{n}{unit}"
        done = n + rng.choice([0, 0, 0, rng.randint(1, max(1, n // 10)), -rng.randint(1, max(1, n // 8))])
        return target, f"{done}{unit}", done >= n

    def rate_target(self):
        rng = self.rng
        n = rng.choice([85, 90, 95, 98, 100, 100, 95])
        form = rng.choice(["≥", "不低于", "达到", "≥", ""]) if n < 100 else rng.choice(["=", "达到", "", "≥"])
        done = min(100, n + rng.choice([0, 1, 2, 3])) if rng.random() < 0.8 else n - rng.randint(1, 6)
        return f"{form}{n}%", f"{done}%", done >= n

    def time_target(self, service: str):
        rng = self.rng
        kind = rng.random()
        if kind < 0.35:
            days = rng.choice([2, 3, 5, 7, 15, 30])
            target = rng.choice([f"小于{days}天", f"≤{days}个工作日", f"不超过{days}天"])
            return f"{service.replace('及时率', '').replace('准时率', '')}办理时限", target, f"{max(1, days - 1)}天", True
        if kind < 0.6:
            month = rng.choice([6, 9, 10, 11, 12])
            return f"{service.replace('及时率', '').replace('准时率', '').replace('按期完工率', '工程')}完成时间", \
                f"{self.year}年{month}月底前", f"{self.year}年{month}月", True
        target, actual, met = self.rate_target()
        return service, target, actual, met

    def cost_target(self, unit: str):
        rng = self.rng
        if unit.startswith("万元"):
            value = rng.choice(["1.5", "3.2", "12", "25", "48", "80", "120"])
        else:
            value = str(rng.choice([85, 180, 360, 1200, 2600, 4800, 6667, 12000, 30000]))
        form = rng.choice(["≤", "", "不高于", "≤"])
        return f"{form}{value}{unit}", f"{value}{unit}"

    def level3_rows(self, domain, level2: str, count: int, city: str):
        """(name, target, actual, met) rows of one 二级指标."""
        rng = self.rng
        rows = []
        tries = 0
        while len(rows) < count and tries < 40:
            tries += 1
            if level2 == "数量指标":
                noun, unit, low, high = rng.choice(domain["outputs"])
                name = rng.choice([f"{noun}数量", noun, f"{noun}数"]) if not noun.startswith("场馆") else noun
                target, actual, met = self.quantity_target(noun, unit, low, high)
            elif level2 == "质量指标":
                name = rng.choice(domain["quality"])
                target, actual, met = self.rate_target()
            elif level2 == "时效指标":
                name, target, actual, met = self.time_target(rng.choice(domain["timeliness"]))
            elif level2 == "成本指标":
                name, unit = rng.choice(domain["cost"])
                target, actual = self.cost_target(unit)
                met = True
                if rng.random() < 0.3:
                    name, target, actual = "成本控制率", rng.choice(["≤100%", "控制在预算范围内"]), "100%"
            elif level2 == "服务对象满意度指标":
                name = f"{rng.choice(domain['people'])}满意度"
                n = rng.choice([85, 90, 95])
                target = rng.choice([f"≥{n}%", f"不低于{n}%", f"{n}%以上"])
                done = n + rng.randint(-3, 8)
                actual, met = f"{min(done, 99.5)}%", done >= n
            else:
                key = {"经济效益指标": "economic", "社会效益指标": "social", "生态效益指标": "ecology",
                       "可持续影响指标": "sustain"}[level2]
                name = rng.choice(domain[key])
                if name.endswith("率") or name.endswith("比例"):
                    target, actual, met = self.rate_target()
                else:
                    target = rng.choice(TEXT_TARGETS[key])
                    actual, met = TEXT_ACTUALS[target], rng.random() < 0.85
            if self.unique(name):
                rows.append((name, target, actual, met))
        return rows

    def indicators(self, domain, city: str, weighted: bool, scored: bool, size: int,
                   placeholders: bool) -> list[Indicator]:
        """The indicator rows of a targets or self-evaluation form, weights summing to 90 (+10 budget)
        on a self-evaluation form, to 100 on a target form."""
        rng = self.rng
        plan = []
        for level1, level2s in LEVEL2_BY_LEVEL1.items():
            for level2 in level2s:
                if level1 == "产出指标":
                    count = rng.randint(2, 4) if size > 1 else 1
                elif level1 == "效益指标":
                    count = rng.choice([1, 1, 2, 3]) if size > 1 else rng.choice([0, 1])
                    if level2 == "社会效益指标":
                        count = max(count, 1)
                else:
                    count = rng.randint(1, 2)
                plan.append((level1, level2, count))
        rows: list[Indicator] = []
        for level1, level2, count in plan:
            produced = self.level3_rows(domain, level2, count, city) if count else []
            for name, target, actual, met in produced:
                rows.append(Indicator(level1, level2, name, target, actual if scored else None, met=met))
            if not produced and placeholders:
                rows.append(Indicator(level1, level2, rng.choice(["无", "不适用"]), rng.choice(["无", "—", "不适用", None]),
                                      placeholder=True))
        if placeholders and not any(r.placeholder for r in rows):
            # A 成本 or 生态 row declared not applicable, as many forms print.
            where = next(i for i, r in enumerate(rows) if r.level1 == "效益指标")
            rows.insert(where, Indicator("产出指标", "成本指标" if rng.random() < 0.5 else "时效指标",
                                         "无", rng.choice(["无", "不适用"]), placeholder=True))
            rows.sort(key=lambda r: (list(LEVEL2_BY_LEVEL1).index(r.level1),
                                     LEVEL2_BY_LEVEL1[r.level1].index(r.level2)))
        if weighted:
            self.assign_weights(rows, 90 if scored else 100, scored)
        return rows

    def assign_weights(self, rows: list[Indicator], total: int, scored: bool):
        rng = self.rng
        real = [r for r in rows if not r.placeholder]
        shares = {"产出指标": 0.5, "效益指标": 0.3, "满意度指标": 0.2}
        by_level1 = {}
        for level1, share in shares.items():
            members = [r for r in real if r.level1 == level1]
            if not members:
                continue
            by_level1[level1] = members
        sums = {k: round(total * shares[k]) for k in by_level1}
        sums[list(sums)[-1]] += total - sum(sums.values())
        for level1, members in by_level1.items():
            budget = sums[level1]
            base = budget // len(members)
            extra = budget - base * len(members)
            for i, r in enumerate(members):
                r.weight = str(base + (1 if i < extra else 0))
                r.level1Weight = str(budget)
                if scored:
                    weight = Decimal(r.weight)
                    if r.met:
                        r.score = score_text(weight)
                    else:
                        r.score = score_text(weight * Decimal(rng.choice(["0.5", "0.6", "0.8", "0.9"])))
                        r.reason = rng.choice(DEVIATION_REASONS)
        for r in rows:
            if r.placeholder:
                r.weight = None
        for level1 in by_level1:
            for level2 in LEVEL2_BY_LEVEL1[level1]:
                members = [r for r in real if r.level2 == level2]
                for r in members:
                    r.level2Weight = str(sum(int(m.weight) for m in members))

    def goal_text(self, domain, project: str, long: bool) -> str:
        rng = self.rng
        (o1, u1, l1, h1), (o2, u2, l2, h2) = rng.sample(domain["outputs"], 2)
        field = next(v for k, v in FIELDS.items() if k in domain["department"]) if any(
            k in domain["department"] for k in FIELDS) else "民生保障"
        text = rng.choice(GOALS).format(project=project, o1=o1, n1=rng.randint(l1, h1), u1=u1, o2=o2,
                                        n2=rng.randint(l2, h2), u2=u2, people=rng.choice(domain["people"]), field=field)
        if long:
            text += ("同时，严格执行项目管理和资金管理相关规定，落实项目法人责任制、招标投标制和合同管理制，"
                     "定期开展绩效运行监控，发现问题及时纠偏，确保年度绩效目标如期实现，"
                     "项目成果惠及更多群众。")
        return text

    def budget(self, amount: Decimal, weight: int) -> Budget:
        rng = self.rng
        initial = amount
        adjusted = money(amount * Decimal(rng.choice(["1", "1", "1.05", "0.96", "1.12"])))
        executed = money(adjusted * Decimal(rng.choice(["1", "0.995", "0.98", "0.93", "0.87"])))
        rate = (executed / adjusted * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        score = score_text(min(Decimal(weight), Decimal(weight) * rate / 100))
        finance = (initial, adjusted, executed)
        return Budget(initial, adjusted, executed, str(weight), f"{rate}%", score, finance)

    def targets_form(self, size: int, weighted: bool, long_goal: bool, placeholders: bool) -> Form:
        domain, city, project, code = self.project_setting()
        amount = money(Decimal(self.rng.randint(300, 98000)) / 10)
        indicators = self.indicators(domain, city, weighted, False, size, placeholders)
        return Form("targets", f"{self.year}年度项目支出绩效目标表", self.year, project, code, amount,
                    domain["department"].format(city=city), self.rng.choice(domain["units"]).format(city=city),
                    self.goal_text(domain, project, long_goal), None, None, indicators)

    def self_evaluation_form(self, size: int, placeholders: bool) -> Form:
        rng = self.rng
        domain, city, project, code = self.project_setting()
        amount = money(Decimal(rng.randint(300, 98000)) / 10)
        indicators = self.indicators(domain, city, True, True, size, placeholders)
        budget = self.budget(amount, 10)
        total = Decimal(budget.score) + sum(Decimal(r.score) for r in indicators if r.score)
        label = rng.choice(["总分", "自评得分合计", "总分"])
        form = Form("self-evaluation", f"{self.year}年度项目支出绩效自评表", self.year, project, code,
                    budget.adjusted, domain["department"].format(city=city),
                    rng.choice(domain["units"]).format(city=city), self.goal_text(domain, project, False),
                    "已按计划完成年度目标，" + rng.choice(["各项工作有序推进。", "项目成效明显。", "个别指标略有偏差。"]),
                    budget, indicators, label, "100", score_text(total))
        if rng.random() < 0.6:
            form.grade = grade_of(total)
            form.gradeLabel = rng.choice(["评价等级", "自评等级"])
        return form

    SCORING = [
        ("决策", [("项目立项", ["立项依据充分性", "立项程序规范性"]), ("绩效目标", ["绩效目标合理性", "绩效指标明确性"]),
                ("资金投入", ["预算编制科学性", "资金分配合理性"])]),
        ("过程", [("资金管理", ["资金到位率", "预算执行率", "资金使用合规性"]),
                ("组织实施", ["管理制度健全性", "制度执行有效性"])]),
        ("产出", [("产出数量", ["实际完成率"]), ("产出质量", ["质量达标率"]), ("产出时效", ["完成及时性"]),
                ("产出成本", ["成本节约率"])]),
        ("效益", [("项目效益", ["社会效益", "经济效益", "生态效益", "可持续影响"]), ("满意度", ["服务对象满意度"])]),
    ]
    EXPLANATIONS = {
        "立项依据充分性": "项目立项是否符合法律法规、相关政策、发展规划以及部门职责，用以反映和考核项目立项依据情况。",
        "立项程序规范性": "项目申请、设立过程是否符合相关要求，用以反映和考核项目立项的规范情况。",
        "绩效目标合理性": "项目所设定的绩效目标是否依据充分，是否符合客观实际。",
        "绩效指标明确性": "依据绩效目标设定的绩效指标是否清晰、细化、可衡量。",
        "预算编制科学性": "项目预算编制是否经过科学论证、有明确标准，资金额度与年度目标是否相适应。",
        "资金分配合理性": "项目预算资金分配是否有测算依据，与补助单位或地方实际是否相适应。",
        "资金到位率": "实际到位资金与预算资金的比率，用以反映资金落实情况。",
        "预算执行率": "项目预算资金是否按照计划执行，用以反映项目预算执行情况。",
        "资金使用合规性": "项目资金使用是否符合相关的财务管理制度规定。",
        "管理制度健全性": "项目实施单位的财务和业务管理制度是否健全。",
        "制度执行有效性": "项目实施是否符合相关管理规定，用以反映相关管理制度的有效执行情况。",
        "实际完成率": "项目实施的实际产出数与计划产出数的比率。",
        "质量达标率": "项目完成的质量达标产出数与实际产出数的比率。",
        "完成及时性": "项目实际完成时间与计划完成时间的比较。",
        "成本节约率": "完成项目计划工作目标的实际节约成本与计划成本的比率。",
        "社会效益": "项目实施对社会发展所带来的直接或间接影响情况。",
        "经济效益": "项目实施对经济发展所带来的直接或间接影响情况。",
        "生态效益": "项目实施对生态环境所带来的直接或间接影响情况。",
        "可持续影响": "项目实施对后续工作的持续影响情况。",
        "服务对象满意度": "社会公众或服务对象对项目实施效果的满意程度。",
    }

    def scoring_form(self, with_targets: bool) -> Form:
        """A 绩效评价 scoring table: 一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 评分标准 | 得分."""
        rng = self.rng
        domain, city, project, code = self.project_setting()
        amount = money(Decimal(rng.randint(300, 98000)) / 10)
        weights1 = rng.choice([[20, 20, 30, 30], [15, 20, 35, 30], [20, 20, 40, 20], [10, 20, 40, 30]])
        rows: list[Indicator] = []
        for (level1, level2s), w1 in zip(self.SCORING, weights1):
            level3s = [(l2, l3) for l2, names in level2s for l3 in names
                       if not (l3 in ("经济效益", "生态效益") and rng.random() < 0.5)]
            base, extra = divmod(w1, len(level3s))
            for i, (level2, level3) in enumerate(level3s):
                weight = base + (1 if i < extra else 0)
                rows.append(Indicator(level1, level2, level3, None, weight=str(weight), level1Weight=str(w1),
                                      explanation=self.EXPLANATIONS[level3]))
            if level1 == "效益" and rng.random() < 0.4:
                rows.insert(len(rows) - 1, Indicator(level1, "项目效益", "生态效益", "不适用", placeholder=True,
                                                     explanation="本项目不涉及。"))
        for r in rows:
            if r.placeholder:
                continue
            members = [m for m in rows if m.level2 == r.level2 and m.level1 == r.level1 and not m.placeholder]
            r.level2Weight = str(sum(int(m.weight) for m in members))
            weight = Decimal(r.weight)
            r.score = score_text(weight if rng.random() < 0.7 else weight * Decimal(rng.choice(["0.5", "0.75", "0.8"])))
            if with_targets:
                r.target = rng.choice(["100%", "≥95%", "充分", "规范", "合理", "明确", "健全", "有效", "按期完成"])
        # Names unique within the document: two scoring forms in one document would repeat them.
        for r in rows:
            if not r.placeholder:
                self.used.add(r.level3)
        total = sum(Decimal(r.score) for r in rows if r.score)
        form = Form("scoring", rng.choice(["项目支出绩效评价指标体系及评分表", "绩效评价指标评分表"]), self.year, project,
                    code, amount, domain["department"].format(city=city),
                    rng.choice(domain["units"]).format(city=city), "", None, None, rows,
                    rng.choice(["合计", "总分"]), "100", score_text(total), grade_of(total), "评价等级")
        return form
