/// Recognises tables printed as two or four sides next to each other (收入 | 支出; the four
/// groups of 基本支出决算明细表) from their header paths.
enum TableSides {
    static func sides(headerPaths: [String]) -> [TableSide] {
        // Repeated leaf headers (项目 … 项目, 科目代码 科目名称 决算数 ×4) mark where each side starts.
        let leaves = headerPaths.map { $0.split(separator: "/").last.map { $0.filter { !$0.isWhitespace } } ?? "" }
        guard let first = leaves.first, !first.isEmpty else { return [] }
        let starts = leaves.indices.filter { leaves[$0] == first }
        guard starts.count >= 2 else { return [] }
        let bounds = starts + [leaves.count]
        let width = bounds[1] - bounds[0]
        guard zip(bounds, bounds.dropFirst()).allSatisfy({ $1 - $0 == width || $1 == leaves.count }) else { return [] }
        return zip(bounds, bounds.dropFirst()).map { start, end in
            let label = headerPaths[start].split(separator: "/").count > 1
                ? String(headerPaths[start].split(separator: "/")[0]).trimmingCharacters(in: .whitespaces)
                : ""
            return TableSide(label: label, columns: start...(end - 1), headerPaths: Array(headerPaths[start..<end]))
        }
    }
}

import Foundation
