import BudgetBenchExtract
import Foundation
import Testing

/// The byte-wise searches that replace Foundation's on the hot paths agree with Foundation on the
/// reports' kind of text, and place their ranges on character boundaries of substrings too.
@Suite struct ByteSearchTests {
    static let sentences = [
        "2024年“三公”经费预算数为12.5万元，比上年减少0.3万元。",
        "本表无数据", "单位：万元", "其中：公务用车购置费0万元，公务用车运行维护费3.2万元",
        "基本支出预算基本支出", "", "a", "元元元",
    ]
    static let parts = ["万元", "基本支出", "本表无数据", "元", "三公", "比上年", "", "不在其中", "元元"]

    @Test func agreesWithFoundation() {
        for text in Self.sentences {
            for part in Self.parts where !part.isEmpty {
                #expect(text.includes(part) == text.contains(part), "\(text) / \(part)")
                #expect(text.firstRange(ofBytes: part) == text.range(of: part), "\(text) / \(part)")
                #expect(text.lastRange(ofBytes: part) == text.range(of: part, options: .backwards), "\(text) / \(part)")
                #expect(text.count(ofBytes: part) == text.components(separatedBy: part).count - 1, "\(text) / \(part)")
            }
        }
    }

    @Test func emptyPartIsEverywhere() {
        #expect("万元".includes(""))
        #expect("".includes(""))
        #expect(!"".includes("元"))
    }

    @Test func rangesOfASubstringIndexItsBase() throws {
        let text = "支出预算：基本支出12万元，项目支出3万元"
        let tail = text[try #require(text.firstIndex(of: "，"))...]
        let range = try #require(tail.lastRange(ofBytes: "支出"))
        #expect(text[range] == "支出")
        #expect(text[range.upperBound...] == "3万元")
        #expect(tail.firstRange(ofBytes: "基本") == nil)
    }
}
