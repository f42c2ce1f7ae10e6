import VerbatimCore

extension Shell {
    /// A loader of articles for this shell: relative paths against its working directory,
    /// `~` its `$HOME`.
    public func articleLoader() -> ArticleLoader {
        var loader = ArticleLoader(workingDirectory: workingDirectory)
        loader.home = environment["HOME"]
        return loader
    }

    /// The article an argument names: its id (`a2`) or its file name without extension.
    public func article(_ reference: String) throws -> Article {
        if let article = session.article(reference) { return article }
        let byName = session.articles.filter { $0.exportName == reference }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            let ids = byName.prefix(5).map(\.id).joined(separator: ", ") + (byName.count > 5 ? "…" : "")
            throw ShellError.failure("\"\(reference)\" names \(byName.count) articles (\(ids)); name one by its id", subject: reference)
        }
        if session.articles.isEmpty { throw ShellError.failure("no article \"\(reference)\": the session is empty (load some first)", subject: reference) }
        let ids = session.articles.map(\.id)
        let range = ids.count == 1 ? ids[0] : "\(ids.first!)–\(ids.last!)"
        throw ShellError.failure("no article \"\(reference)\" (the session has \(range))", subject: reference)
    }

    /// The ids of the articles named, or of all articles when none are.
    public func articleIDs(_ references: [String]) throws -> [String] {
        references.isEmpty ? session.articles.map(\.id) : try references.map { try article($0).id }
    }
}
