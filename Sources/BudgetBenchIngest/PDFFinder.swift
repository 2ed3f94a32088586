import Foundation

/// The files a batch covers, as absolute paths, each once: files named on the command line as
/// they are, folders walked recursively for `.pdf` files (any case), in a stable order.
public enum PDFFinder {
    /// The files to read, and the links inside a folder that point outside it (left out unless
    /// followed), so a link cannot pull in a file the user did not point at.
    public struct Found: Sendable {
        public var files: [String]
        public var outsideLinks: [String]
    }

    public static func files(in paths: [String], followSymlinks: Bool = false) -> Found {
        var found: [String] = []
        var outside: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                // Missing files stay in the list so the batch reports them.
                found.append(path)
                continue
            }
            let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path + "/"
            let walker = FileManager.default.enumerator(atPath: path)
            var inFolder: [String] = []
            while let relative = walker?.nextObject() as? String {
                guard relative.lowercased().hasSuffix(".pdf") else { continue }
                let file = (path as NSString).appendingPathComponent(relative)
                if followSymlinks || URL(fileURLWithPath: file).resolvingSymlinksInPath().path.hasPrefix(root) {
                    inFolder.append(file)
                } else {
                    outside.append(file)
                }
            }
            found += inFolder.sorted()
        }
        var seen = Set<String>()
        return Found(files: found.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.filter { seen.insert($0).inserted },
                     outsideLinks: outside.sorted().map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    }
}
