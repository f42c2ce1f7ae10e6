// Verbatim plugin: flags quotations too short or too vague to check.
//
// An external plugin written in Swift and built by SwiftPM with Verbatim (the executable
// verbatim-plugin-quote-checks, found beside verbatim). It speaks the plugin protocol of
// Plugins/PROTOCOL.md, version 1: one request line on standard input, answer lines on
// standard output.
import Foundation

struct Request: Decodable {
    var version: Int
    var request: String
    var command: String?
    var options: [String: String]?
    var session: Session?

    struct Session: Decodable {
        var quotes: [Quote]?
    }

    struct Quote: Decodable {
        var id: String
        var article: String
        var text: String
        var kind: String
        var speaker: String?
    }
}

let description: [String: Any] = [
    "type": "description", "version": 1, "plugin": "quote-checks",
    "commands": [[
        "name": "check-quotes",
        "summary": "Flag quotations too short or too vague to check.",
        "arguments": ["kind": "articles", "synopsis": "[ARTICLE...]", "min": 0],
        "options": [["name": "min-words", "value": "N", "help": "Quotes with fewer words are too short (default 6)."]],
        "needs": ["quotes"],
        "help": """
            For the given articles (all when none), lists each quotation of speech that a \
            fact-checker cannot easily check: fewer than --min-words words, no speaker, or a \
            speaker that is only described ("a senior official", "sources"). Each quote gets the \
            field check with its problems (flagged) or loses it (fine). Columns: quote, article, \
            speaker, problems, text.
            """,
        "examples": ["check-quotes", "check-quotes a2 --min-words 8 --format json"],
    ]],
]

/// Words that open a description of a speaker rather than a name.
let describingWords: Set<String> = [
    "a", "an", "the", "one", "some", "several", "many", "two", "three", "officials", "sources", "people", "aides",
    "advisers", "critics", "supporters", "someone", "anonymous",
]

func answer(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
    FileHandle.standardOutput.write(data + Data([0x0A]))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("check-quotes: \(message)\n".utf8))
    exit(1)
}

func words(in text: String) -> Int {
    text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") }.count
}

func problems(of quote: Request.Quote, minimumWords: Int) -> [String] {
    var found: [String] = []
    let count = words(in: quote.text)
    if count < minimumWords { found.append("only \(count) word\(count == 1 ? "" : "s")") }
    if let speaker = quote.speaker {
        let first = speaker.split(separator: " ").first.map { $0.lowercased() } ?? ""
        if describingWords.contains(first) || speaker.first?.isLowercase == true {
            found.append("speaker only described: \(speaker)")
        }
    } else {
        found.append("no speaker")
    }
    return found
}

let line = readLine() ?? ""
guard let request = try? JSONDecoder().decode(Request.self, from: Data(line.utf8)) else { fail("the request is not a protocol message") }
guard request.version == 1 else { fail("speaks protocol version 1, not \(request.version)") }
switch (request.request, request.command) {
case ("describe", _):
    answer(description)
case ("call", "check-quotes"):
    let option = request.options?["min-words"]
    let minimumWords = option.map { Int($0) ?? -1 } ?? 6
    guard minimumWords > 0 else { fail("--min-words takes a positive number, not \"\(option ?? "")\"") }
    var rows: [[Any]] = []
    var changes: [[String: Any]] = []
    for quote in request.session?.quotes ?? [] where quote.kind == "direct" || quote.kind == "partial" {
        let found = problems(of: quote, minimumWords: minimumWords)
        changes.append(["change": "set-field", "on": "quote", "id": quote.id, "field": "check",
                        "value": found.isEmpty ? NSNull() : found.joined(separator: "; ")])
        if !found.isEmpty {
            rows.append([quote.id, quote.article, quote.speaker ?? NSNull(), found.joined(separator: "; "), quote.text])
        }
    }
    answer(["type": "result", "columns": ["quote", "article", "speaker", "problems", "text"], "rows": rows, "changes": changes])
default:
    fail("unknown request \(request.request) \(request.command ?? "")")
}
