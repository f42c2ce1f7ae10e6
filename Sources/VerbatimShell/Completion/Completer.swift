import Foundation

/// Tab completion for the prompt: command names, option names and values, article and quote
/// ids, and file paths, depending on where the cursor is.
public struct Completer {
    public let shell: Shell

    public init(shell: Shell) { self.shell = shell }

    /// What can replace the word before the cursor.
    public struct Completion: Equatable, Sendable {
        /// The partial word being completed (the text the candidates extend).
        public var word: String
        /// Whole words that start with `word`, sorted.
        public var candidates: [String]

        /// The text all candidates share beyond `word`, to insert at once.
        public var commonExtension: String {
            guard var prefix = candidates.first else { return "" }
            for candidate in candidates.dropFirst() {
                while !candidate.hasPrefix(prefix) { prefix.removeLast() }
            }
            return String(prefix.dropFirst(word.count))
        }
    }

    /// Completes the word ending at the end of `textBeforeCursor`.
    public func complete(_ textBeforeCursor: String) -> Completion {
        let command = textBeforeCursor.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let endsWithSpace = command.last.map { $0 == " " || $0 == "\t" } ?? true
        var words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let word = endsWithSpace ? "" : (words.popLast() ?? "")
        return Completion(word: word, candidates: candidates(for: word, after: words).filter { $0.hasPrefix(word) }.sorted())
    }

    private func candidates(for word: String, after words: [String]) -> [String] {
        guard let name = words.first else { return shell.registry.names }
        guard let signature = shell.registry.command(named: name)?.signature else { return [] }
        if word.hasPrefix("-") { return signature.options.map { "--" + $0.name } }
        if let previous = words.last, previous.hasPrefix("--"), words.count > 1,
           let option = signature.option(named: String(previous.dropFirst(2))), option.valueName != nil {
            if let choices = option.choices { return choices }
            return option.takesPath ? paths(completing: word) : []
        }
        switch signature.arguments {
        case .none: return []
        case .articles: return shell.session.articles.map(\.id)
        case .quotes: return shell.session.quotes.map(\.id)
        case .files: return paths(completing: word)
        case .commands: return shell.registry.names
        case .words(let list): return list
        }
    }

    /// Entries of the folder `word` points into; folders end with `/`.
    private func paths(completing word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let folderPart = slash.map { String(word[...$0]) } ?? ""
        let namePrefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let folder = shell.absolutePath(folderPart.isEmpty ? "." : folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }.map { name in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder)
            return folderPart + name + (exists && isFolder.boolValue ? "/" : "")
        }
    }
}
