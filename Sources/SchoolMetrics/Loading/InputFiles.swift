import Foundation

/// Finding the files to read: each path given, and every file with one of the
/// ``dataExtensions`` below each directory given, in a stable order.
public enum InputFiles {
    /// The endings of the files a folder is searched for, lowercased.
    public static let dataExtensions = [".json", ".csv", ".xlsx"]

    /// The data files the paths name, directories searched recursively and sorted by path.
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { throw .unreadable(path, "cannot list the directory") }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let lowered = relative.lowercased()
                guard dataExtensions.contains(where: lowered.hasSuffix) else { continue }
                let name = (relative as NSString).lastPathComponent
                // Hidden files, and the `~$…` lock files Excel leaves beside an open workbook.
                if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            if !manager.isReadableFile(atPath: path) { throw .unreadable(path, "permission denied") }
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    /// What reading a file gave: its bytes, or its size when that is above the limit.
    enum Contents {
        case bytes([UInt8])
        case tooLarge(size: Int)
    }

    /// The bytes of a file, refusing files above the size limit.
    static func read(_ path: String, limit: Int) throws(InputError) -> Contents {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .notFound(path)
        }
        if let size = attributes[.size] as? Int, size > limit { return .tooLarge(size: size) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path, "permission denied") }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            return data.count > limit ? .tooLarge(size: data.count) : .bytes([UInt8](data))
        } catch {
            throw .unreadable(path, "\(error.localizedDescription)")
        }
    }
}
