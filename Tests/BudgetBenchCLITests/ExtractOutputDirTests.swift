import Foundation
import Testing
import TestSupport

/// `extract --output-dir` over several files: two inputs of the same name are both written, and
/// a target that cannot be written costs one line naming the file, not the rest of the batch.
@Suite struct ExtractOutputDirTests {
    static let samples = ["synthetic-0001-performance-targets", "synthetic-0003-performance-targets"]
        .map { Repository.report($0, in: "Corpus/synthetic-sample") }

    func extract(_ arguments: [String]) throws -> CommandResult {
        try Command.run(Command.budgetbench, ["extract"] + arguments, timeout: 120)
    }

    @Test func sameNamedInputsAreBothWritten() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let first = try scratch.copy(Self.samples[0], as: "a/report.pdf")
        let second = try scratch.copy(Self.samples[1], as: "b/report.pdf")
        let result = try extract([first, second, "--output-dir", scratch.path("out")])
        #expect(result.status == 0)
        #expect(result.standardError == "budgetbench: warning: \(second): another input has the same name; written as report-2.txt\n")
        let expected = try [first, second].map { try Command.run(Command.budgetbench, ["extract", $0]).standardOutput }
        #expect(try String(contentsOfFile: scratch.path("out/report.txt"), encoding: .utf8) == expected[0])
        #expect(try String(contentsOfFile: scratch.path("out/report-2.txt"), encoding: .utf8) == expected[1])
        #expect(expected[0] != expected[1])
    }

    @Test func outputDirThatIsAFileGivesOneLinePerInput() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let notAFolder = scratch.path("out")
        #expect(FileManager.default.createFile(atPath: notAFolder, contents: Data("x".utf8)))
        let result = try extract(Self.samples + ["--output-dir", notAFolder])
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.standardError)")
        for (line, sample) in zip(lines, Self.samples) {
            let stem = URL(fileURLWithPath: sample).deletingPathExtension().lastPathComponent
            #expect(line.hasPrefix("budgetbench: error: \(sample): cannot write \(notAFolder)/\(stem).txt ("), "\(line)")
        }
    }

    @Test func oneUnwritableTargetLeavesTheOthersWritten() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let stems = Self.samples.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        // A folder where the first file's output would go: that one target cannot be written.
        try FileManager.default.createDirectory(atPath: scratch.path("out/\(stems[0]).txt"), withIntermediateDirectories: true)
        let result = try extract(Self.samples + ["--output-dir", scratch.path("out")])
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("budgetbench: error: \(Self.samples[0]): cannot write \(scratch.path("out/\(stems[0]).txt")) ("),
                "\(result.standardError)")
        let written = try String(contentsOfFile: scratch.path("out/\(stems[1]).txt"), encoding: .utf8)
        #expect(written == (try Command.run(Command.budgetbench, ["extract", Self.samples[1]]).standardOutput))
    }
}
