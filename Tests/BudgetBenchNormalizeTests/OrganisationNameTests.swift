import BudgetBenchNormalize
import Testing

/// Organisation names of kinds the Corpus and the real reports do not hold, written for this test
/// from the usual forms of Chinese administrative names (place + organ + suffix).
struct OrganisationNameTests {
    static let names = [
        "北京市朝阳区教育局", "杭州市西湖区卫生健康委员会", "成都市第一人民医院", "南京市鼓楼区实验小学", "广州市天河区疾病预防控制中心",
        "深圳市公安局交通警察支队", "武汉市江汉区市场监督管理局", "苏州市吴中区气象站", "中共宁县县委组织部", "宁县人民法院",
        "长沙市中级人民法院", "西安市雁塔区人民检察院", "贵阳市水务管理局", "郑州市住房和城乡建设局", "合肥市包河区文化和旅游局",
        "昆明市第三中学", "重庆市渝中区职业教育中心", "济南市图书馆", "青岛市档案馆", "桐庐县林业工作站", "德清县农业技术推广中心",
        "临安区锦城街道办事处", "安吉县妇女联合会", "共青团余杭区委员会", "温州市鹿城区红十字会", "宁波市总工会", "嘉兴市科学技术协会",
        "绍兴市消防救援支队", "义乌市融媒体中心", "金华市博物馆", "衢州市柯城区实验幼儿园", "舟山市殡仪馆", "台州市黄岩区看守所",
        "丽水市公证处", "湖州市不动产登记中心", "海宁市交通运输局", "平湖市退役军人事务局", "桐乡市医疗保障局", "上虞区生态环境分局",
        "太原市人民政府办公厅", "大同市乡村振兴局", "晋中市供销合作社联合社", "长治市机关事务管理局", "运城市统计局", "临汾市审计局",
        "吕梁市财政局", "忻州市中医医院", "阳曲县卫生院", "石家庄市社会福利院", "保定市气象局", "邯郸市水利局", "唐山市丰南区人民政府",
        "沧州市运河区市场监督管理所", "廊坊市广阳区人民政府办公室", "中国共产党邢台市委员会宣传部", "上海市金山区财政局",
        "内蒙古自治区呼和浩特市赛罕区教育局", "延边朝鲜族自治州林业局",
    ]
    static let notNames = ["2024年部门预算", "基本支出", "一般公共服务支出", "单位：万元", "部门名称", "项目支出绩效目标表", "收支预算总表",
                           "机关事业单位基本养老保险缴费", "其他商品和服务支出", "政府采购预算"]

    @Test func everyNameIsRecognisedWhole() {
        #expect(Self.names.count >= 50)
        let missed = Self.names.filter { !OrganisationName.isOrganisation($0) }
        #expect(missed.isEmpty, "not recognised: \(missed)")
        let taken = Self.notNames.filter(OrganisationName.isOrganisation)
        #expect(taken.isEmpty, "taken for names: \(taken)")
    }

    @Test func namesAreFoundInSentencesAndTitles() {
        for name in Self.names {
            for line in ["\(name)2025年度部门预算", "第一部分 \(name) 2024 年度部门决算表", "部门名称：\(name)      单位：万元",
                         "根据\(name)的主要职能，本部门预算包括"] {
                #expect(OrganisationName.names(in: line).first == Names.compactForTest(name), "\(line)")
            }
        }
    }

    @Test func placeholdersAreTold() {
        #expect(OrganisationName.isPlaceholder("上海市 XX 局"))
        #expect(OrganisationName.isPlaceholder("××单位"))
        #expect(!OrganisationName.isPlaceholder("上海市金山区财政局"))
    }

    @Test func oneUnitHasOneKeyWhicheverFormIsPrinted() {
        let forms = [
            ["中共江苏省委办公厅", "中国共产党江苏省委员会办公厅", "江苏省委办公厅", "江苏省委 办公厅"],
            ["江苏省人大常委会办公厅", "江苏省人民代表大会常务委员会办公厅"],
            ["江苏省政协办公厅", "中国人民政治协商会议江苏省委员会办公厅"],
            ["上海市普陀区人民政府办公室", "上海市普陀区人民政府办公室（本级）"],
            ["中共邢台市委宣传部", "中国共产党邢台市委员会宣传部", "邢台市委宣传部"],
        ]
        for group in forms {
            #expect(Set(group.map { UnitKey(entity: $0) }).count == 1, "\(group)")
        }
        #expect(UnitKey(entity: "江苏省人民检察院") != UnitKey(entity: "江苏省高级人民法院"))
        #expect(UnitKey(entity: "杭州市西湖区卫生健康委员会").rawValue == "杭州市西湖区卫生健康委员会")
    }
}

private enum Names {
    static func compactForTest(_ name: String) -> String { name.filter { !$0.isWhitespace } }
}
