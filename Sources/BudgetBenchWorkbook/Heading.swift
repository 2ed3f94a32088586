import BudgetBenchCompare

/// A column heading in both languages.
struct Heading {
    let zh: String
    let en: String

    init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }
}

extension Array where Element == Heading {
    func texts(_ language: Language) -> [String] { map { $0.text(language) } }
}
