#if !FUZZING
import Foundation

/// `BudgetBenchFuzz FILE…` without libFuzzer: runs each saved input once, so a crash found by
/// fuzzing can be reproduced (and its fix checked) with an ordinary debug build.
@main
enum Replay {
    static func main() {
        for file in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("BudgetBenchFuzz: cannot read \(file)\n".utf8))
                exit(2)
            }
            print("\(file): no crash (\(run(Array(data))))")
        }
    }
}
#endif
