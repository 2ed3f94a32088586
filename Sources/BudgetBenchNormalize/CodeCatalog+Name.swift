extension CodeCatalog {
    /// A name of a code, the fiscal years it was in use (open-ended when nil) and where it comes from.
    public struct Name: Sendable, Decodable, Equatable {
        public var name: String
        public var from: Int?
        public var to: Int?
        /// Whether a national class list gives the name (rather than only a report printing it).
        public let isNational: Bool
        /// Every national list and report the name was taken from (never empty in the bundled
        /// catalog) when the catalog is read with its sources; empty otherwise.
        public let source: [Source]

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            from = try container.decodeIfPresent(Int.self, forKey: .from)
            to = try container.decodeIfPresent(Int.self, forKey: .to)
            // Decoding every source's path, year and pages is four fifths of reading the catalog,
            // and only the catalog's own tests look at them: the pipeline needs their kinds.
            if decoder.userInfo[Self.readsSources] as? Bool == true {
                source = try container.decode([Source].self, forKey: .source)
                isNational = source.contains { if case .national = $0 { true } else { false } }
            } else {
                source = []
                isNational = try container.decode([SourceKind].self, forKey: .source).contains { $0.kinds.contains(.national) }
            }
        }

        static let readsSources = CodingUserInfoKey(rawValue: "readsSources")!

        private enum CodingKeys: String, CodingKey {
            case name, from, to, source
        }

        /// A source read no further than its one key, the case.
        private struct SourceKind: Decodable {
            enum Kind: String, CodingKey {
                case national, corpus, real
            }

            let kinds: [Kind]

            init(from decoder: Decoder) throws {
                kinds = try decoder.container(keyedBy: Kind.self).allKeys
            }
        }

        /// How well the name fits a year, smaller first: years away from its span, then a national
        /// list's name before a report's own, then a narrower span (a dated name before an open one).
        func rank(in year: Int) -> (distance: Int, reportOnly: Int, span: Int) {
            let first = from ?? Int.min, last = to ?? Int.max
            let distance = year < first ? first - year : year > last ? year - last : 0
            let span = from.flatMap { start in to.map { $0 - start } } ?? Int.max
            return (distance, isNational ? 0 : 1, span)
        }
    }

    /// Where a catalog name was read: the JSON spells each as an object with one key, the case.
    public enum Source: Sendable, Decodable, Equatable {
        /// A national class list (政府收支分类科目 and its part) and the fiscal year of the edition
        /// the name is taken from, when the catalog states one.
        case national(list: String, year: Int?)
        /// A reference-corpus report printing the name: its path in the repository, fiscal year, pages.
        case corpus(path: String, year: Int, pages: [Int])
        /// A real report printing the name: its path under ../shared/real, fiscal year and pages.
        case real(path: String, year: Int, pages: [Int])
    }
}
