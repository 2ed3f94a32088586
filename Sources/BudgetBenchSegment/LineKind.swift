import BudgetBenchExtract

/// What a line around a table is, from its words alone.
enum LineKind: Equatable {
    case tableNumber
    case unit
    case entity
    case note
    case emptyMark
    case other

    /// The kind of a line from its compact text (its words joined without separators).
    init(_ text: String) {
        if text.prefixMatch(of: Vocabulary.tableNumber) != nil {
            self = .tableNumber
        } else if Vocabulary.emptyTableMarks.contains(where: text.includes) {
            self = .emptyMark
        } else if Vocabulary.entityPrefixes.contains(where: text.hasPrefix) {
            self = .entity
        } else if text.count < 40 && Vocabulary.mayStateUnit(text) && text.firstMatch(of: Vocabulary.unit) != nil {
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
