import Foundation
import VerbatimCore

/// The session data a plugin call carries, and the changes a plugin may ask for.
enum PluginRequest {
    /// The `call` request for `command`: its arguments and options, and the session data it
    /// needs, limited to the articles (or quotes) its arguments name.
    static func call(_ command: PluginMessages.CommandDescription, invocation: Invocation, shell: Shell) throws -> [String: Any] {
        let session = shell.session
        let needs = Set(command.needs ?? [])
        var articleIDs = Set(session.articles.map(\.id))
        var quoteIDs: Set<String>?
        switch command.arguments?.kind {
        case "articles" where !invocation.arguments.isEmpty:
            articleIDs = []
            for argument in invocation.arguments {
                articleIDs.insert(try shell.article(argument).id)
            }
        case "quotes" where !invocation.arguments.isEmpty:
            for argument in invocation.arguments where session.quote(argument) == nil {
                throw ShellError.failure("no quote \"\(argument)\"", subject: argument)
            }
            quoteIDs = Set(invocation.arguments)
            articleIDs = Set(invocation.arguments.compactMap { session.quote($0)?.article })
        default:
            break
        }
        var data: [String: Any] = [:]
        if needs.contains("articles") || needs.contains("text") {
            data["articles"] = session.articles.filter { articleIDs.contains($0.id) }.map { article($0, withText: needs.contains("text")) }
        }
        if needs.contains("quotes") {
            data["quotes"] = session.quotes.filter { quoteIDs?.contains($0.id) ?? articleIDs.contains($0.article) }.map(quote)
        }
        if needs.contains("speakers") {
            data["speakers"] = session.speakers(in: session.articles.map(\.id).filter(articleIDs.contains)).map(speaker)
        }
        return [
            "protocol": PluginMessages.protocolName, "version": PluginMessages.version, "request": "call",
            "command": command.name, "arguments": invocation.arguments, "options": invocation.options,
            "flags": invocation.flags.sorted(), "session": data,
        ]
    }

    private static func article(_ article: Article, withText: Bool) -> [String: Any] {
        var object: [String: Any] = ["id": article.id, "fields": fields(article.fields)]
        for (key, value) in [("file", article.file), ("title", article.title), ("outlet", article.outlet), ("date", article.date),
                             ("url", article.url), ("byline", article.byline)] {
            object[key] = value ?? NSNull()
        }
        if withText { object["text"] = article.text }
        return object
    }

    private static func quote(_ quote: Quote) -> [String: Any] {
        ["id": quote.id, "article": quote.article, "start": quote.span.start, "end": quote.span.end, "text": quote.text,
         "kind": quote.kind.rawValue, "speaker": quote.speaker ?? NSNull(), "cue": quote.cue ?? NSNull(),
         "fields": fields(quote.fields)]
    }

    private static func speaker(_ speaker: Speaker) -> [String: Any] {
        ["name": speaker.name, "aliases": speaker.aliases, "roles": speaker.roles, "quotes": speaker.quoteCount,
         "organization": speaker.isOrganization, "fields": fields(speaker.fields)]
    }

    private static func fields(_ fields: Fields) -> [String: Any] {
        fields.mapValues { value -> Any in
            switch value {
            case .text(let text): text
            case .number(let number): number
            case .bool(let flag): flag
            }
        }
    }

    /// Makes one change a plugin asked for.
    static func apply(_ change: PluginMessages.Change, to editor: inout SessionEditor) throws(PluginChangeError) {
        switch change.change {
        case "add-quote":
            guard let article = change.article, let start = change.start?.value, let end = change.end?.value else {
                throw PluginChangeError(message: "add-quote needs article, start and end")
            }
            let kind = change.kind ?? "direct"
            guard let quoteKind = QuoteKind(rawValue: kind) else { throw PluginChangeError(message: "\"\(kind)\" is not a quote kind") }
            guard start <= end else { throw PluginChangeError(message: "the span \(start)–\(end) ends before it starts") }
            do {
                try editor.addQuote(article: article, span: TextSpan(start, end), kind: quoteKind, speaker: change.speaker, cue: change.cue)
            } catch {
                throw PluginChangeError(message: error.message)
            }
        case "set-field":
            guard let target = change.on, let id = change.id, let field = change.field else {
                throw PluginChangeError(message: "set-field needs on, id and field")
            }
            guard Identifier.isValid(field) else {
                throw PluginChangeError(message: "\"\(field)\" is not a field name (letters, digits, - and _)")
            }
            let value = change.value?.field
            do {
                switch target {
                case "article": try editor.setField(field, to: value, onArticle: id)
                case "quote": try editor.setField(field, to: value, onQuote: id)
                case "speaker": try editor.setField(field, to: value, onSpeaker: id)
                default: throw PluginChangeError(message: "set-field on \"\(target)\": it must be article, quote or speaker")
                }
            } catch let error as SessionChangeError {
                throw PluginChangeError(message: error.message)
            } catch let error as PluginChangeError {
                throw error
            } catch {
                throw PluginChangeError(message: "\(error)")
            }
        default:
            throw PluginChangeError(message: "\"\(change.change)\" is not a change (add-quote or set-field)")
        }
    }
}

/// Why a change a plugin asked for cannot be made.
struct PluginChangeError: Error {
    var message: String
}
