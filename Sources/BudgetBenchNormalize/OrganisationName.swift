import BudgetBenchExtract

/// Chinese administrative organisation names read by their grammar, not from a list of units:
/// an optional party or front prefix, one or more place names (省 / 市 / 区 / 县 / 镇 / 街道 …),
/// the organ's own words, and an organ suffix (局 / 委员会 / 办公厅 / 院 / 中心 / 学校 …).
public enum OrganisationName {
    /// How organ names end, longest first so the most specific suffix is tried first.
    static let suffixes = [
        "街道办事处", "国库支付中心", "联合社", "委员会", "办公厅", "办公室", "办事处", "联合会", "红十字会", "检察院", "幼儿园",
        "人民政府", "法院", "医院", "卫生院", "福利院", "学院", "学校", "小学", "中学", "大学", "中心", "分局", "支队", "大队",
        "协会", "工会", "政府", "局", "委", "厅", "院", "所", "站", "部", "处", "馆", "队", "社", "台", "团", "署", "会", "办",
    ].sorted { $0.count > $1.count }
    /// How place names end; a name needs one (or a party or front prefix) to count as an organisation.
    static let placeEndings = ["特别行政区", "自治区", "自治州", "自治县", "新区", "地区", "省", "市", "区", "县", "旗", "盟", "镇", "乡", "街道"]
    /// Prefixes that stand for a place of their own (the party, the united front, the youth league).
    static let prefixes = ["中国共产党", "中国人民政治协商会议", "中共", "共青团"]
    /// Words no organisation name holds: where one starts, the name has ended (`…财政局部门预算`,
    /// `…办公室2025年度`, `…法院关于…`).
    static let stopWords = ["部门", "年度", "预算", "决算", "支出", "收入", "关于", "根据", "主要", "职能", "负责", "情况", "公开", "的", "是", "为", "名称", "金额", "部分"]
    /// Marks of a template's placeholder name: 上海市XX局, ××单位.
    static let placeholderMarks: [Character] = ["X", "x", "Ｘ", "ｘ", "×", "✕", "○", "〇", "＊", "*", "某"]
    /// The longest name considered, in characters.
    static let maximumLength = 40
    /// How far a place name's test reads: up to six characters and its ending.
    static let placeLookahead = 9
    /// How far the tests at a name's start read: a prefix, a stop word or a place (one more, for
    /// a place's `count > 3`).
    static let lookahead = max((prefixes + stopWords).map(\.count).max() ?? 0, placeLookahead) + 1

    /// Whether `text` (spaces and brackets ignored) is an organisation name as a whole.
    public static func isOrganisation(_ text: String) -> Bool {
        let name = compact(text)
        guard name.count >= 3, name.count <= maximumLength, name.allSatisfy({ $0.isHan || isPlaceholderMark($0) }),
              suffixes.contains(where: name.hasSuffix), !stopWords.contains(where: name.includes)
        else { return false }
        return startsWithPlace(name) || prefixes.contains(where: name.hasPrefix)
    }

    /// Whether a name is a template's placeholder (上海市XX局, ××单位).
    public static func isPlaceholder(_ text: String) -> Bool {
        let name = compact(text)
        return name.contains("XX") || name.contains("xx") || name.contains("ＸＸ") || name.contains("××") || name.contains("○○")
            || name.contains("＊＊") || name.contains("**") || name.hasPrefix("某")
    }

    /// The organisation names in a line of text, in order, each the longest reading that ends in an
    /// organ suffix before the name's end (a stop word, a digit or punctuation).
    public static func names(in text: String) -> [String] {
        let characters = Array(compact(text))
        var names: [String] = []
        var index = 0
        while index < characters.count {
            guard let name = name(startingAt: index, in: characters) else {
                index += 1
                continue
            }
            names.append(name)
            index += name.count
        }
        return names
    }

    private static func name(startingAt start: Int, in characters: [Character]) -> String? {
        // Only as much of the rest as the tests at a name's start read: copying the whole rest
        // of the text at every character made a long text quadratic.
        let rest = String(characters[start..<min(characters.count, start + lookahead)])
        // Not inside a word that ends names (`年度江苏省…` has no name starting at 度).
        let before = String(characters[max(0, start - 3)..<start])
        let covered = stopWords.contains { word in
            (1..<max(word.count, 1)).contains { split in before.hasSuffix(word.prefix(split)) && rest.hasPrefix(word.dropFirst(split)) }
        }
        guard !covered, startsWithPlace(rest) || prefixes.contains(where: rest.hasPrefix) else { return nil }
        // A place name is short; a run starting mid-word (`年度上海市…`) is not a name's start.
        var end = start
        while end < characters.count, end - start < maximumLength, characters[end].isHan || isPlaceholderMark(characters[end]) {
            end += 1
        }
        var run = String(characters[start..<end])
        if let stop = stopWords.compactMap({ word in run.range(of: word).map { run.distance(from: run.startIndex, to: $0.lowerBound) } }).min() {
            run = String(run.prefix(stop))
        }
        while !run.isEmpty {
            if let suffix = suffixes.first(where: run.hasSuffix), run.count > suffix.count + 1, isOrganisation(run) {
                return run
            }
            run.removeLast()
        }
        return nil
    }

    /// Whether the text opens with a place name: up to six characters ending like a place.
    private static func startsWithPlace(_ text: String) -> Bool {
        let head = text.prefix(placeLookahead)
        return placeEndings.contains { ending in
            guard let range = head.range(of: ending) else { return false }
            let length = head.distance(from: head.startIndex, to: range.lowerBound)
            return length >= 1 && length <= 6 && head[..<range.lowerBound].allSatisfy { $0.isHan || isPlaceholderMark($0) }
        } || ["省", "市", "区", "县"].contains(where: { text.hasPrefix($0) && text.count > 3 })
    }

    static func compact(_ text: String) -> String {
        text.filter { !$0.isWhitespace && !"（）()【】[]".contains($0) }
    }

    private static func isPlaceholderMark(_ character: Character) -> Bool {
        placeholderMarks.contains(character)
    }
}

extension Character {
    /// A CJK ideograph.
    var isHan: Bool {
        unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
