import Foundation

/// The files under a folder, found with `readdir`: the names of folders' entries come with
/// their kinds, so a folder of thousands of articles is listed without a `stat` per file (the
/// walk of FileManager's enumerator cost as much as reading the files).
enum FolderWalk {
    /// A file found: its path relative to the folder, and whether it is a symbolic link.
    struct Entry {
        var path: String
        var isLink: Bool
    }

    /// The files under `folder` whose names `isWanted` accepts, in no order. Names starting
    /// with "." are left out, and so are the folders they name; symbolic links are listed as
    /// files and never followed into; subfolders that cannot be read, and those on another
    /// file system (a mount inside the folder, such as /proc under /), are passed over. Nil
    /// when `folder` itself cannot be read.
    static func files(in folder: String, where isWanted: (String) -> Bool) -> [Entry]? {
        var top = stat()
        guard stat(folder, &top) == 0, opendir(folder).map({ closedir($0) }) != nil else { return nil }
        var found: [Entry] = []
        // Folders are opened one at a time, so a deep or wide tree holds one descriptor.
        var pending = [""]
        while let relative = pending.popLast() {
            guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind(entry.pointee.d_type, at: folder + "/" + path) {
                case .folder: if isOnDevice(top.st_dev, folder + "/" + path) { pending.append(path) }
                case .link: if isWanted(name) { found.append(Entry(path: path, isLink: true)) }
                case .other: if isWanted(name) { found.append(Entry(path: path, isLink: false)) }
                }
            }
        }
        return found
    }

    /// Whether the folder at `path` is on the file system `device`.
    private static func isOnDevice(_ device: dev_t, _ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_dev == device
    }

    private enum Kind {
        case folder, link, other
    }

    /// What an entry of kind `type` (`d_type`) is, asked of the file system (lstat) when the
    /// kind is unknown.
    private static func kind(_ type: UInt8, at path: String) -> Kind {
        switch Int(type) {
        case Int(DT_DIR): return .folder
        case Int(DT_LNK): return .link
        case Int(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }
}
