// libFuzzer target over the segment and normalize stages (the parts of the pipeline that are
// ours; poppler is exercised through whole PDFs by scripts/mutate-pdfs.py). `make fuzz` builds
// it with -sanitize=fuzzer and -DFUZZING into .build-fuzz, where libFuzzer supplies `main`; in
// an ordinary build `Replay` is the entry point and re-runs saved inputs (crash files).
import BudgetBenchNormalize
import BudgetBenchSegment

/// Loaded once: the bundled catalogs, as every real run reads them.
let catalogs = try! Catalogs.bundled()

/// One input: decoded into pages, segmented, normalized. A trap is the finding; the return says
/// what the input became, for a person replaying it.
@discardableResult
func run(_ bytes: [UInt8]) -> String {
    var decoder = LayoutDecoder(bytes)
    let pages = decoder.pages()
    let segmented = Segmenter().segment(pages)
    let model = ReportModel(pages: pages, sections: segmented.sections, tables: segmented.tables, catalogs: catalogs)
    return "\(pages.count) pages, \(pages.map(\.lines.count).reduce(0, +)) lines, \(segmented.sections.count) sections, "
        + "\(segmented.tables.count) tables, \(model.amounts.count) amounts, \(model.findings.count) findings"
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
/// libFuzzer's driver (from the runtime -sanitize=fuzzer links).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main` (so tests can import the module);
/// here it hands over to libFuzzer's driver instead of libFuzzer's own `main`.
@_cdecl("BudgetBenchFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
#endif
