import Foundation

/// One pretty-printed JSON object or array made of members encoded apart, byte for byte what
/// `JSONEncoder` with `.prettyPrinted` would print for the whole.
///
/// `extract --format json` of a long report is one object whose members (and whose pages) are
/// independent: encoded apart they use every core instead of one `JSONEncoder` pass at the end.
/// The encoder indents by two spaces a level and prints an empty array as `[`, an empty line, `]`;
/// a member printed at the top level only needs its lines indented one level more.
public enum JSONAssembly {
    /// `{ "key" : value, … }` with the members in the order given (sort them first for `.sortedKeys`).
    public static func object(_ members: [(key: String, value: Data)]) -> Data {
        enclosed(members.map { Data("\"\($0.key)\" : ".utf8) + $0.value }, open: "{", close: "}")
    }

    /// `[ element, … ]`.
    public static func array(_ elements: [Data]) -> Data {
        enclosed(elements, open: "[", close: "]")
    }

    private static func enclosed(_ parts: [Data], open: Character, close: Character) -> Data {
        var result = Array("\(open)\n".utf8)
        result.reserveCapacity(parts.reduce(16) { $0 + $1.count + $1.count / 8 })
        for (index, part) in parts.enumerated() {
            appendIndented(part, to: &result)
            result += (index + 1 < parts.count ? ",\n" : "\n").utf8
        }
        if parts.isEmpty {
            result += "\n".utf8
        }
        result += "\(close)".utf8
        return Data(result)
    }

    /// Two spaces before every line that has text; JSON strings hold no raw newline, so every
    /// newline byte is a line break of the layout.
    private static func appendIndented(_ json: Data, to result: inout [UInt8]) {
        let newline = UInt8(ascii: "\n"), indent: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: " ")]
        json.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = bytes.startIndex
            result += indent
            while let end = bytes[start...].firstIndex(of: newline) {
                result += bytes[start...end]
                start = end + 1
                if start < bytes.endIndex, bytes[start] != newline {
                    result += indent
                }
            }
            result += bytes[start...]
        }
    }
}
