import Foundation

/// The files a batch covers, as absolute paths, each once: files named on the command line as
/// they are, folders walked recursively for `.pdf` files (any case), in a stable order.
public enum PDFFinder {
    public static func files(in paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                // Missing files stay in the list so the batch reports them.
                found.append(path)
                continue
            }
            let walker = FileManager.default.enumerator(atPath: path)
            var inFolder: [String] = []
            while let relative = walker?.nextObject() as? String {
                if relative.lowercased().hasSuffix(".pdf") {
                    inFolder.append((path as NSString).appendingPathComponent(relative))
                }
            }
            found += inFolder.sorted()
        }
        var seen = Set<String>()
        return found.map { URL(fileURLWithPath: $0).standardizedFileURL.path }.filter { seen.insert($0).inserted }
    }
}
