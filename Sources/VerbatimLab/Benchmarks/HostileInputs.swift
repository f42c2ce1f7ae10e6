import Foundation
import VerbatimCore
import VerbatimShell

/// Inputs built to find quadratic paths, each at a chosen size, for the robustness benchmark:
/// the work a case does at ten times its size should cost about ten times as much.
public enum HostileInputs {
    /// One case: its name, and the work to time at `scale` (1 for the base size).
    public struct Case: Sendable {
        public var name: String
        public var run: @Sendable (_ scale: Int) -> Void

        public init(name: String, run: @escaping @Sendable (_ scale: Int) -> Void) {
            self.name = name
            self.run = run
        }
    }

    /// A sentence of prose, repeated to make text.
    static let sentence = "The council met on Tuesday, and the mayor said the bridge would reopen in the spring after repairs. "

    public static let cases: [Case] = [
        Case(name: "100 KB of text after one unclosed quote mark") { scale in
            _ = ExtractionPipeline.standard.extract("“" + String(repeating: sentence, count: 1_000 * scale))
        },
        Case(name: "200,000 alternating quote marks") { scale in
            _ = ExtractionPipeline.standard.extract(String(repeating: "\"“", count: 100_000 * scale))
        },
        Case(name: "a 500 KB single line") { scale in
            _ = ExtractionPipeline.standard.extract(String(repeating: "“We will rebuild,” said Elena Marsh, and " + sentence, count: 3_500 * scale))
        },
        Case(name: "10,000 paragraphs") { scale in
            _ = ExtractionPipeline.standard.extract(String(repeating: "“We will rebuild,” said Elena Marsh.\n\n", count: 10_000 * scale))
        },
        Case(name: "HTML nested 1,000 deep") { scale in
            let depth = 1_000 * scale
            let page = "<html><body>" + String(repeating: "<div class=\"article-body\">", count: depth) + "<p>" + sentence + "</p>"
                + String(repeating: "</div>", count: depth) + "</body></html>"
            _ = HTMLArticle(html: Array(page.utf8))
        },
        Case(name: "HTML 1,000 deep with 10,000 stray end tags") { scale in
            let depth = 1_000 * scale
            let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>" + sentence + "</p>"
                + String(repeating: "</span>", count: 10 * depth) + String(repeating: "</div>", count: depth) + "</body></html>"
            _ = HTMLArticle(html: Array(page.utf8))
        },
        Case(name: "a page of 2,000 paragraphs") { scale in
            let page = "<html><body><article>" + String(repeating: "<p>" + sentence + "</p>", count: 2_000 * scale) + "</article></body></html>"
            _ = HTMLArticle(html: Array(page.utf8))
        },
        Case(name: "1,000 near-identical quotes to compare") { scale in
            var session = Session()
            for index in 0..<(1_000 * scale) {
                let text = "“The engineers told us the piers are failing faster than anyone expected \(index % 7),” said Elena Marsh."
                session.add(ArticleSource(text: text))
            }
            _ = QuoteMatcher(session).groups()
        },
        Case(name: "1,500 quotes weakly matched by 1,500 in a later article") { scale in
            // Each weak match asks whether the two articles share a confident quotation.
            func word(_ index: Int) -> String {
                let consonants = Array("bcdfghjklmnpqrstvwxz"), vowels = Array("aeiou")
                var index = index, word = "zor"
                repeat {
                    word += String(consonants[index % 20]) + String(vowels[index / 20 % 5])
                    index /= 100
                } while index > 0
                return word
            }
            let count = 1_500 * scale
            var session = Session()
            session.add(ArticleSource(date: "2026-03-01", text: (0..<count).map { "“We will never \(word($0)) do this again here,” said Elena Marsh." }
                .joined(separator: "\n\n")))
            session.add(ArticleSource(date: "2026-03-02", text: (0..<count).map { "“will never \(word($0)) do this,” said Tomas Reyes." }
                .joined(separator: "\n\n")))
            _ = QuoteMatcher(session).groups()
        },
        Case(name: "a line quoted in 300 stories, each changing the story before's quote") { scale in
            // Each change asks whether its story reports the same occasion as the one before.
            func word(_ number: Int, _ place: Int) -> String {
                let syllables = ["ka", "zo", "vi", "ru", "pe", "lo", "mi", "ta"]
                var number = number * 16 + place, result = "q"
                for _ in 0..<6 { result += syllables[number % 8]; number /= 8 }
                return result + "x"
            }
            let common = (0..<12).map { word(99_999, $0) }.joined(separator: " ")
            var session = Session()
            for index in 0..<(300 * scale) {
                var text = "“\((0..<12).map { word(index, $0) }.joined(separator: " ")),” said Elena Marsh.\n\n“\(common),” Marsh added."
                if index > 0 {
                    var changed = (0..<12).map { word(index - 1, $0) }
                    changed[5] = word(index, 15)
                    text += "\n\n“\(changed.joined(separator: " ")),” said Tomas Reyes."
                }
                session.add(ArticleSource(date: "2026-03-01", text: text))
            }
            _ = QuoteMatcher(session).groups()
        },
        Case(name: "a quote of 6,000 inner quotations and a cut copy") { scale in
            let words = (0..<(6_000 * scale)).map { "w\(String($0, radix: 26))" }
            let quote = words.map { "‘\($0)’" }.joined(separator: " ")
            var session = Session()
            session.add(ArticleSource(date: "2026-03-01", text: "“\(quote),” said Elena Marsh."))
            session.add(ArticleSource(date: "2026-03-02", text: "“\(words.dropFirst(10).joined(separator: " ")),” said Elena Marsh."))
            _ = QuoteMatcher(session).groups()
        },
        Case(name: "a session file of 2,000 articles saved and opened") { scale in
            var session = Session()
            for index in 0..<(2_000 * scale) {
                session.add(ArticleSource(text: "“We will rebuild the bridge \(index),” said Elena Marsh.\n\n" + sentence))
            }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-hostile-\(UUID().uuidString).json").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            guard (try? SessionFile.write(session, to: path)) != nil else { return }
            _ = try? SessionFile.read(from: path)
        },
        Case(name: "1 MB of escape sequences made safe for a terminal") { scale in
            _ = TerminalSafeText.escaping(String(repeating: "“We \u{1B}[8mnever\u{1B}[0m agreed,” \u{202E}said\u{9B} Marsh.\n", count: 20_000 * scale))
        },
        Case(name: "an element with 4,000 attributes") { scale in
            let attributes = (0..<(4_000 * scale)).map { "data-a\($0)=\"\($0)\"" }.joined(separator: " ")
            _ = HTMLArticle(html: Array(("<html><body><article><p " + attributes + ">" + sentence + "</p></article></body></html>").utf8))
        },
        Case(name: "a tag with 40,000 attributes never closed, after a comment ended by --!>") { scale in
            let attributes = (0..<(40_000 * scale)).map { "a\($0)=\"x\"" }.joined(separator: " ")
            _ = HTMLArticle(html: Array(("<html><body><p>" + sentence + "</p><!-- x --!><div " + attributes + " title=\"").utf8))
        },
        Case(name: "a DOCTYPE declaring 1,000 entities") { scale in
            let entities = (0..<(1_000 * scale)).map { "<!ENTITY e\($0) \"&e\($0 + 1);&e\($0 + 1);\">" }.joined(separator: "\n")
            _ = HTMLArticle(html: Array(("<!DOCTYPE html [" + entities + "]><html><body><p>" + sentence + "</p></body></html>").utf8))
        },
        Case(name: "10,000 plugin changes to one article") { scale in
            var editor = SessionEditor(plantedSession)
            for index in 0..<(10_000 * scale) {
                let start = index % 90
                _ = try? editor.addQuote(article: "a1", span: TextSpan(start, start + 8), kind: .direct, speaker: "Speaker \(index % 50)")
                _ = try? editor.setField("n", to: .number(Double(index)), onSpeaker: "Elena Marsh")
            }
            _ = editor.finished()
        },
        Case(name: "2,000 distinct speakers listed and named by plugin changes") { scale in
            var editor = SessionEditor(plantedSession)
            for index in 0..<(2_000 * scale) {
                let name = "Sam Kor\(index)"
                _ = try? editor.addQuote(article: "a1", span: TextSpan(1, 8), kind: .direct, speaker: name)
                _ = try? editor.setField("n", to: .number(Double(index)), onSpeaker: name)
            }
            _ = editor.finished().speakers()
        },
        Case(name: "articles listing 1,000 records of 100 sparse fields") { scale in
            let shell = Shell(write: { _ in }, writeError: { _ in })
            for index in 0..<(1_000 * scale) {
                var source = ArticleSource(text: sentence)
                for field in 0..<10 { source.fields["field\((index + field * 10) % 100)"] = .number(Double(index)) }
                shell.session.add(source)
            }
            _ = try? ScriptRunner(shell: shell).run("articles", file: "hostile.vsh", arguments: [])
        },
        Case(name: "articles as JSON Lines and CSV, 100 records of 300 fields all named differently") { scale in
            let shell = Shell(write: { _ in }, writeError: { _ in })
            for index in 0..<(100 * scale) {
                var source = ArticleSource(text: sentence)
                for field in 0..<300 { source.fields["f\(index)_\(field)"] = .number(Double(field)) }
                shell.session.add(source)
            }
            _ = try? ScriptRunner(shell: shell).run("articles --format jsonl; articles --format csv", file: "hostile.vsh", arguments: [])
        },
    ]

    /// A session of one article quoting Elena Marsh, for the changes a plugin makes.
    static let plantedSession: Session = {
        var session = Session()
        session.add(ArticleSource(text: "“We will rebuild,” said Elena Marsh. " + sentence))
        return session
    }()
}
