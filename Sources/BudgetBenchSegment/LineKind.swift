/// What a line around a table is, from its words alone.
enum LineKind: Equatable {
    case tableNumber
    case unit
    case entity
    case note
    case emptyMark
    case other

    init(_ line: PageLine) {
        let text = line.compact
        if text.prefixMatch(of: Vocabulary.tableNumber) != nil {
            self = .tableNumber
        } else if Vocabulary.emptyTableMarks.contains(where: text.contains) {
            self = .emptyMark
        } else if Vocabulary.entityPrefixes.contains(where: text.hasPrefix) {
            self = .entity
        } else if text.firstMatch(of: Vocabulary.unit) != nil && text.count < 40 {
            self = .unit
        } else if Vocabulary.notePrefixes.contains(where: text.hasPrefix) {
            self = .note
        } else {
            self = .other
        }
    }

    /// Lines that belong to a table's surroundings, never to its grid.
    var isTableFurniture: Bool { self != .other }
}
