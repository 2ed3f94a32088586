import ArgumentParser
import BudgetBenchIngest
import BudgetBenchPDF
import Foundation

/// `budgetbench enqueue`: add PDFs to the shared job queue that `work` processes read.
struct Enqueue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue",
        abstract: "Add PDF reports (files or folders, recursively) to the job queue of a PostgreSQL database.",
        discussion: """
            Each file is recorded with its absolute path and SHA-256; every machine running `budgetbench work` \
            must see the files at the same path (shared storage). A file already queued with the same bytes \
            is not added again; a changed file is a new job.
            """
    )

    @Argument(help: "PDF files and folders.")
    var paths: [String]

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Follow symbolic links inside a folder that point outside it.")
    var followSymlinks = false

    func run() async throws {
        let queue = try await database.openQueue()
        let found = PDFFinder.files(in: paths, followSymlinks: followSymlinks)
        var files: [(path: String, sha256: String)] = []
        for path in found.files {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let sha256 = FileDigest.sha256(path: absolute) else {
                Diagnostics.error("\(absolute): cannot read the file's bytes; not queued")
                continue
            }
            files.append((absolute, sha256))
        }
        for link in found.outsideLinks {
            Diagnostics.error("\(link): a symbolic link to outside the folder, not queued (--follow-symlinks queues it)")
        }
        let added = try await queue.enqueue(files)
        try await queue.close()
        print("\(added) files queued, \(files.count - added) already in the queue (\(queue.location))")
        if found.files.isEmpty {
            Diagnostics.error("no PDF files found in \(paths.joined(separator: " "))")
            throw ExitCode(2)
        }
    }
}
