import Foundation

/// Tab completion for the prompt: command names, option names and values (formats, kinds,
/// speaker names), articles (ids and file names), quote ids, and file paths, depending on
/// where the cursor is.
/// Words are read as the command language reads them, so a path typed inside an open quote
/// (`load "my articles/`) completes there, and a candidate that needs quoting comes quoted.
public struct Completer {
    public let shell: Shell

    public init(shell: Shell) { self.shell = shell }

    /// What can replace the word before the cursor.
    public struct Completion: Equatable, Sendable {
        /// The partial word being completed, as typed (with its opening quote, if any).
        public var word: String
        /// Whole words, as they would be typed, that the word can become, in natural order
        /// (a2 before a10).
        public var candidates: [String]

        /// The text all candidates share beyond `word`, to insert at once.
        public var commonExtension: String {
            let common = commonPrefix
            return common.hasPrefix(word) ? String(common.dropFirst(word.count)) : ""
        }

        /// What every candidate starts with: the typed word replaced when a candidate needs a
        /// quote the word did not open (`my` becoming `"my articles/`).
        public var commonPrefix: String {
            guard var prefix = candidates.first else { return word }
            for candidate in candidates.dropFirst() {
                while !candidate.hasPrefix(prefix) { prefix.removeLast() }
            }
            return prefix
        }
    }

    /// Completes the word ending at the end of `textBeforeCursor`.
    public func complete(_ textBeforeCursor: String) -> Completion {
        let (words, current) = Self.words(of: textBeforeCursor)
        let candidates = candidates(for: current.value, after: words)
            .filter { $0.hasPrefix(current.value) }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        return Completion(word: current.typed, candidates: candidates.map { Self.typed($0, quote: current.quote) })
    }

    /// A word as far as it was typed: its text, its value (quotes and escapes read), and the
    /// quote it opened and has not closed.
    struct PartialWord {
        var typed = ""
        var value = ""
        var quote: Character?
    }

    /// The values of the command's finished words (after the last `;` outside quotes) and the
    /// word being typed.
    static func words(of text: String) -> (finished: [String], current: PartialWord) {
        var finished: [String] = []
        var current = PartialWord()
        var started = false
        var escaped = false
        for character in text {
            if escaped {
                current.typed.append(character)
                current.value.append(character)
                escaped = false
                continue
            }
            if let quote = current.quote {
                current.typed.append(character)
                if character == quote { current.quote = nil } else if character == "\\" { escaped = true } else { current.value.append(character) }
                continue
            }
            switch character {
            case " ", "\t":
                if started { finished.append(current.value) }
                current = PartialWord()
                started = false
            case ";":
                finished = []
                current = PartialWord()
                started = false
            case "\"", "'":
                current.typed.append(character)
                current.quote = character
                started = true
            default:
                current.typed.append(character)
                current.value.append(character)
                started = true
            }
        }
        return (finished, current)
    }

    /// `value` as it is typed: inside the quote the word opened, or quoted when it holds a
    /// character the language reads (a space, a quote, `$`, `;`, `#`, `\`); a folder's quote is
    /// left open so that the next Tab goes on inside it.
    static func typed(_ value: String, quote: Character?) -> String {
        let needsQuote = value.contains { " \t\"'$;#\\".contains($0) }
        guard let quote = quote ?? (needsQuote ? "\"" : nil) else { return value }
        var text = String(quote)
        for character in value {
            if character == quote || character == "\\" || (quote == "\"" && character == "$") { text.append("\\") }
            text.append(character)
        }
        return value.hasSuffix("/") ? text : text + String(quote)
    }

    private func candidates(for word: String, after words: [String]) -> [String] {
        guard let name = words.first else { return shell.registry.names }
        guard let signature = shell.registry.command(named: name)?.signature else { return [] }
        if word.hasPrefix("-") { return signature.options.map { "--" + $0.name } }
        if let previous = words.last, previous.hasPrefix("--"), words.count > 1,
           let option = signature.option(named: String(previous.dropFirst(2))), option.valueName != nil {
            if let choices = option.choices { return choices }
            if option.name.hasPrefix("speaker") { return speakerNames() }
            switch option.valueName {
            case "ARTICLE": return candidates(of: .articles, completing: word)
            case "QUOTE": return candidates(of: .quotes, completing: word)
            default: return option.takesPath ? paths(completing: word) : []
            }
        }
        var kind = signature.arguments
        let typedArguments = positionalWords(words.dropFirst(), of: signature)
        if let most = signature.maximumArguments, typedArguments.count >= most { return [] }
        // Under subcommands, the words typed so far pick the kind of the next one.
        for typed in typedArguments {
            guard case .subcommands(let kinds) = kind else { break }
            kind = kinds[typed] ?? .none
        }
        return candidates(of: kind, completing: word)
    }

    private func candidates(of kind: CommandSignature.ArgumentKind, completing word: String) -> [String] {
        switch kind {
        case .none: []
        case .articles: shell.session.articles.flatMap { [$0.id, $0.exportName] }
        case .quotes: shell.session.quotes.map(\.id)
        case .files: paths(completing: word)
        case .commands: shell.registry.names
        case .plugins: shell.plugins.map(\.name)
        case .words(let list): list
        case .subcommands(let kinds): kinds.keys.sorted()
        }
    }

    /// The positional arguments among `words`: options and their values left out.
    private func positionalWords(_ words: ArraySlice<String>, of signature: CommandSignature) -> [String] {
        var positional: [String] = []
        var takesValue = false
        for word in words {
            if takesValue {
                takesValue = false
            } else if word.hasPrefix("--"), word.count > 2 {
                takesValue = signature.option(named: String(word.dropFirst(2)))?.valueName != nil
            } else {
                positional.append(word)
            }
        }
        return positional
    }

    /// The session's speakers' names and aliases.
    private func speakerNames() -> [String] {
        Array(Set(shell.session.speakers().flatMap { [$0.name] + $0.aliases }))
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
