import Foundation
import Testing
@testable import VerbatimShell
import VerbatimTestSupport

/// `report`: the page's content and markup, its JSON, where it is written and how it is opened.
/// What a browser makes of the page is in `ReportBrowserTests`.
@Suite struct ReportCommandTests {
    /// The report on the example articles, as the page's text.
    static func examplePage(_ options: String = "") -> String {
        let test = TestShell()
        test.run("load Scripts/articles")
        return test.printed("report \(options)")
    }

    @Test func thePageIsOneFileThatForbidsEveryRequest() throws {
        let page = Self.examplePage()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"))
        // Nothing to fetch: no external script, style sheet, image or frame.
        for fetching in ["<link", "<img", "<iframe", " src=", "url(http", "@import"] { #expect(!page.contains(fetching), "\(fetching)") }
        #expect(page.components(separatedBy: "<script>").count == 2)
        #expect(page.components(separatedBy: "<style>").count == 2)
        // The digests the policy names are those of the inline style sheet and script.
        let style = try #require(page.components(separatedBy: "<style>").last?.components(separatedBy: "</style>").first)
        let script = try #require(page.components(separatedBy: "<script>").last?.components(separatedBy: "</script>").first)
        #expect(page.contains("style-src 'sha256-\(Data(SHA256.digest(Array(style.utf8))).base64EncodedString())'"))
        #expect(page.contains("script-src 'sha256-\(Data(SHA256.digest(Array(script.utf8))).base64EncodedString())'"))
    }

    @Test(arguments: [
        ("", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),
        ("abc", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE="),
        (String(repeating: "a", count: 1000), "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM="),
    ])
    func sha256GivesTheStandardDigests(message: String, digest: String) {
        #expect(SHA256.base64Digest(Array(message.utf8)) == digest)
    }

    @Test func everyOutletHasABarAndEveryQuotationATimeline() {
        let page = Self.examplePage()
        #expect(page.components(separatedBy: "<g class=\"bar\"").count == 4, "one bar per outlet")
        for outlet in ["The Alder Gazette", "Harbor Daily", "Coastline Wire"] { #expect(page.contains("<g class=\"bar\" data-outlet=\"\(outlet)\">")) }
        #expect(page.components(separatedBy: "<section class=\"group\"").count == 5)
        #expect(page.components(separatedBy: "<section class=\"article\"").count == 4)
        // Harbor Daily changed two things in the commissioner's words; Coastline Wire none.
        #expect(page.contains("<del>commission</del> <ins>council</ins> has seen <span class=\"left-out\">[not quoted: in writing]</span>"))
        #expect(page.contains("<dt>altered</dt><dd>words inserted, removed or replaced inside the quotation</dd>"), "a key to the verdicts")
        #expect(page.contains("data-verdict=\"unquoted\" data-outlet=\"Harbor Daily\""))
        #expect(page.contains("<mark class=\"unquoted\" id=\"unquoted-a3-"))
        // Quotes are marked in their article, with id and speaker, and link to their quotation.
        #expect(page.contains("<mark class=\"quote\" id=\"quote-q5\">“We are being asked to accept a plan that nobody on the commission has seen in writing,”</mark><a class=\"label\" href=\"#group-4\">q5 Tomas Reyes</a>"))
        // A quote no other article carries is marked, without a link.
        #expect(page.contains("<span class=\"label\">q4 Tomas Reyes</span>"))
    }

    /// The ids a page's `#` links point to that no element of the page has.
    static func danglingLinks(_ page: String) -> Set<String> {
        let targets = Set(page.matches(of: /href="#([^"]+)"/).map { String($0.1) })
        let ids = Set(page.matches(of: /\sid="([^"]+)"/).map { String($0.1) })
        return targets.subtracting(ids)
    }

    @Test func aMarkInsideAnotherIsNestedAndEveryLinkHasItsTarget() throws {
        let folder = temporaryFolder()
        for name in ["alder-gazette.txt", "coastline-wire.txt", "harbor-daily.txt", "manifest.json"] {
            try FileManager.default.copyItem(atPath: TestShell.projectRoot + "/Scripts/articles/" + name, toPath: folder + "/" + name)
        }
        #expect(Self.danglingLinks(Self.examplePage()).isEmpty)
        // A quote inside the words Harbor Daily carries without quote marks.
        let harbor = try String(contentsOfFile: folder + "/harbor-daily.txt", encoding: .utf8)
        try harbor.replacingOccurrences(of: "for a long commute", with: "for a long “commute”")
            .write(toFile: folder + "/harbor-daily.txt", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        test.run("load .")
        let page = test.printed("report")
        #expect(Self.danglingLinks(page).isEmpty)
        #expect(page.contains("would rather answer for a long <mark class=\"quote\" id=\"quote-q14\">“commute”</mark>"))
        #expect(page.contains("<mark class=\"unquoted\" id=\"unquoted-a3-"))
    }

    @Test func bidirectionalControlsStayInTheirField() throws {
        let folder = temporaryFolder()
        let words = "the piers are failing faster than anyone expected this winter"
        for (name, outlet) in [("one", "Out\u{202E}let"), ("two", "Other")] {
            let record: [String: String] = ["id": name, "outlet": outlet, "date": "2026-10-10", "text": "Bridge\n\n“\(words),” said Mayor Elena Marsh."]
            try JSONSerialization.data(withJSONObject: record).write(to: URL(fileURLWithPath: "\(folder)/\(name).jsonl"))
        }
        let test = TestShell(workingDirectory: folder)
        test.run("load one.jsonl two.jsonl")
        let page = test.printed("report")
        #expect(page.contains("<p class=\"meta\"><bdi>Out\u{202E}let</bdi> · <bdi>2026-10-10</bdi> · "))
        #expect(page.contains("<span class=\"outlet\">Out\u{202E}let</span>") && page.contains(".occurrence .head > * { margin-right: 0.5rem; unicode-bidi: isolate; }"))
    }

    @Test func marksLandOnTheirWordsAfterWideCharacters() throws {
        let folder = temporaryFolder()
        let words = "the piers are failing faster than anyone expected this winter"
        try "Bridge 🚧 東岸\n\nIn 🚧 東岸 e\u{301}té, “\(words),” said Mayor Elena Marsh.".write(toFile: folder + "/one.txt", atomically: true, encoding: .utf8)
        try "Bridge\n\n“\(words.capitalized),” Mayor Elena Marsh said.".write(toFile: folder + "/two.txt", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        test.run("load one.txt two.txt")
        let page = test.printed("report")
        #expect(page.contains("In 🚧 東岸 e\u{301}té, <mark class=\"quote\" id=\"quote-q1\">“\(words),”</mark><a class=\"label\" href=\"#group-1\">q1 Elena Marsh</a> said Mayor Elena Marsh."))
    }

    @Test func articleTextCannotBecomeMarkup() throws {
        let folder = temporaryFolder()
        let hostile = #"<script>alert(1)</script> & "quoted" 'single' <img src=x onerror=alert(2)>"#
        try "Title \(hostile)\n\n“We cannot \(hostile) keep the old bridge open one more winter,” said Mayor Elena Marsh."
            .write(toFile: folder + "/one.txt", atomically: true, encoding: .utf8)
        try "Other\n\n“We cannot \(hostile) keep the old bridge open one more winter,” Mayor Elena Marsh said."
            .write(toFile: folder + "/two.txt", atomically: true, encoding: .utf8)
        try #"[{"file": "one.txt", "outlet": "Evil \"<b>Outlet</b>", "url": "javascript:alert(3)", "title": "</title><script>alert(4)</script>"}, {"file": "two.txt", "url": "https://example.org/a?b=1&c=\"2\""}]"#
            .write(toFile: folder + "/manifest.json", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        test.run("load .")
        let page = test.printed("report --title \"<b>bold</b>\"")
        #expect(page.components(separatedBy: "<script").count == 2, "only the page's own script")
        #expect(!page.contains("<img") && !page.contains("<b>") && !page.contains("javascript:"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39; &lt;img src=x onerror=alert(2)&gt;"))
        #expect(page.contains("<title>&lt;b&gt;bold&lt;/b&gt;</title>"))
        #expect(page.contains("data-outlet=\"Evil &quot;&lt;b&gt;Outlet&lt;/b&gt;\""))
        #expect(page.contains("href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""))
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        var page: [UInt8] = []
        HTMLText.append("a\u{0}b\u{1B}[31mc\td\ne\u{7F}", to: &page)
        #expect(String(decoding: page, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}[31mc\td\ne\u{FFFD}")
        #expect(HTMLText.linkAddress("JavaScript:alert(1)") == nil && HTMLText.linkAddress("data:text/html,x") == nil)
        #expect(HTMLText.linkAddress("https://example.org/a b") == nil && HTMLText.linkAddress("HTTPS://example.org/") != nil)
    }

    @Test func jsonHoldsTheSameData() throws {
        let text = Self.examplePage("--format json --title Bridge")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(report["title"] as? String == "Bridge")
        let outlets = try #require(report["outlets"] as? [[String: Any]])
        #expect(outlets.map { $0["outlet"] as? String } == ["The Alder Gazette", "Coastline Wire", "Harbor Daily"])
        let harbor = try #require(outlets.last)
        #expect(harbor["quotations"] as? Int == 4 && harbor["occurrences"] as? Int == 4)
        #expect((harbor["verdicts"] as? [String: Int]) == ["original": 0, "verbatim": 2, "variant": 0, "trimmed": 0, "extended": 0,
                                                          "altered": 1, "unquoted": 1, "misattributed": 0, "possible": 0, "repeat": 0])
        let groups = try #require(report["groups"] as? [[String: Any]])
        #expect(groups.count == 4)
        let altered = try #require((groups[3]["occurrences"] as? [[String: Any]])?.first { $0["verdict"] as? String == "altered" })
        #expect(altered["changes"] as? String == "[-commission-]{+council+} [-in writing-]")
        #expect(altered["reference"] as? String == "q5" && altered["url"] as? String == "https://example.org/harbor-daily/marsh-bridge")
        let articles = try #require(report["articles"] as? [[String: Any]])
        let first = try #require(articles.first)
        let quote = try #require((first["quotes"] as? [[String: Any]])?.first)
        let articleText = Array((try #require(first["text"] as? String)).unicodeScalars)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(String(String.UnicodeScalarView(articleText[start..<end])) == "“a danger we can no longer ignore.”")
        #expect(quote["group"] as? Int == 1)
    }

    @Test func articlesAndVerdictsNarrowTheReport() throws {
        let test = TestShell()
        test.run("load Scripts/articles")
        let altered = test.printed("report --only altered --format json")
        let groups = try #require((try JSONSerialization.jsonObject(with: Data(altered.utf8)) as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(groups.count == 1 && groups[0]["group"] as? Int == 1)
        let two = test.printed("report a1 a2 --format json")
        let narrowed = try #require(try JSONSerialization.jsonObject(with: Data(two.utf8)) as? [String: Any])
        #expect((narrowed["articles"] as? [[String: Any]])?.map { $0["id"] as? String } == ["a1", "a2"])
        #expect((narrowed["groups"] as? [[String: Any]])?.count == 2)
        #expect(test.run("report a1 a1") == 2 && test.errors.contains("an article is named twice"))
        #expect(test.run("report --only missing") == 2)
        #expect(test.run("report --title ' '") == 2 && test.errors.contains("--title needs some text"))
    }

    @Test func aReportOfSomeQuotationsSaysSoAndCountsThemAll() throws {
        let test = TestShell()
        test.run("load Scripts/articles")
        let page = test.printed("report --only altered")
        #expect(page.contains("4 quotations found in two articles or more") && page.contains("This page shows the 1 with an occurrence judged altered; the outlet summary counts all 4."))
        #expect(page.components(separatedBy: "<section class=\"group\"").count == 2)
        #expect(page.contains("<td>1 (25%)</td><td>1 (25%)</td></tr>"), "Harbor Daily's altered and unquoted occurrences, of all four")
        #expect(test.printed("report --only misattributed").contains("<p>No shared quotation has an occurrence judged misattributed.</p>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(test.printed("report --only altered --format json").utf8)) as? [String: Any])
        #expect(json["only"] as? String == "altered" && json["shared"] as? Int == 4 && (json["groups"] as? [Any])?.count == 1)
    }

    @Test func againstJudgesEveryOccurrenceAgainstOneArticle() throws {
        let test = TestShell()
        test.run("load Scripts/articles")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(test.printed("report --against a3 --format json").utf8)) as? [String: Any])
        #expect(json["against"] as? String == "a3")
        let groups = try #require(json["groups"] as? [[String: Any]])
        let originals = groups.flatMap { ($0["occurrences"] as? [[String: Any]] ?? []).filter { $0["verdict"] as? String == "original" } }
        #expect(!groups.isEmpty && originals.count == groups.count && originals.allSatisfy { $0["article"] as? String == "a3" })
        #expect(test.printed("report --against a3").contains("each judged against its occurrence in a3 (Harbor Daily)."))
    }

    @Test func refusesAnEmptySession() {
        let test = TestShell()
        #expect(test.run("report") == 1 && test.errors.contains("no articles are loaded"))
    }

    @Test func writesTheFileAtomicallyAndRefusesATerminal() throws {
        let folder = temporaryFolder()
        let test = TestShell(workingDirectory: folder)
        test.run("load \(TestShell.projectRoot)/Scripts/articles")
        try "old".write(toFile: folder + "/report.html", atomically: true, encoding: .utf8)
        #expect(test.said("report --to report.html") == "wrote a report of 4 shared quotations in 3 articles to report.html\n")
        #expect(try String(contentsOfFile: folder + "/report.html", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        test.shell.outputIsTerminal = true
        #expect(test.run("report") == 2)
        #expect(test.errors.contains("the report is a web page: give --to FILE.html to write it, or --open to see it"))
        test.output = ""
        #expect(test.run("report --format json") == 0 && test.output.hasPrefix("{\"title\""))
        // A file named .json gets the JSON, unless --format says otherwise.
        test.run("report --to data.json; report --to page.json --format html")
        #expect(try String(contentsOfFile: folder + "/data.json", encoding: .utf8).hasPrefix("{\"title\""))
        #expect(try String(contentsOfFile: folder + "/page.json", encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func opensWithTheDesktopsOpenerOrSaysWhereTheFileIs() throws {
        let folder = temporaryFolder()
        let bin = folder + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\nprintf '%s' \"$1\" > \"\(folder)/opened\"\n".write(toFile: bin + "/xdg-open", atomically: true, encoding: .utf8)
        chmod(bin + "/xdg-open", 0o755)
        let test = TestShell(workingDirectory: folder)
        test.shell.environment = ["PATH": bin, "DISPLAY": ":1", "TMPDIR": folder]
        test.run("load \(TestShell.projectRoot)/Scripts/articles")
        #expect(test.said("report --open --to 'my report.html'").hasSuffix("to my report.html; opened it with xdg-open\n"))
        var opened = ""
        for _ in 0..<100 where opened.isEmpty {
            opened = (try? String(contentsOfFile: folder + "/opened", encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        #expect(opened == folder + "/my report.html")

        // An opener that fails is reported, with where the file is.
        try "#!/bin/sh\nexit 3\n".write(toFile: bin + "/xdg-open", atomically: true, encoding: .utf8)
        chmod(bin + "/xdg-open", 0o755)
        #expect(test.said("report --open --to failed.html").hasSuffix(
            "to failed.html; xdg-open failed (exit status 3): open \(URL(fileURLWithPath: folder + "/failed.html").absoluteString) in a browser\n"))

        // JSON opened from a temporary file is named .json, so no browser takes it for a page.
        try "#!/bin/sh\nprintf '%s' \"$1\" > \"\(folder)/opened\"\n".write(toFile: bin + "/xdg-open", atomically: true, encoding: .utf8)
        chmod(bin + "/xdg-open", 0o755)
        test.run("report --open --format json")
        var openedJSON = ""
        for _ in 0..<100 where !openedJSON.hasSuffix(".json") {
            openedJSON = (try? String(contentsOfFile: folder + "/opened", encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        #expect(openedJSON.hasPrefix(folder + "/verbatim-report-") && openedJSON.hasSuffix(".json"))

        // Without --to, a new file in the temporary folder; without a desktop, where it is, even when quiet.
        test.shell.environment = ["PATH": bin, "TMPDIR": folder]
        test.shell.isQuiet = true
        let said = test.said("report --open")
        let written = try #require(said.firstMatch(of: /to (\/\S+\/verbatim-report-\w{6}\.html); no desktop here/)?.1)
        #expect(said.hasSuffix("(neither DISPLAY nor WAYLAND_DISPLAY is set): open file://\(written) in a browser\n"))
        #expect(try String(contentsOfFile: String(written), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }
}

extension ReportCommandTests {
    @Test func theExampleScriptWritesTheReport() throws {
        let folder = temporaryFolder()
        let script = try String(contentsOfFile: TestShell.projectRoot + "/Scripts/examples/coverage-report.vsh", encoding: .utf8)
        let test = TestShell()
        #expect(test.run(script, file: "coverage-report.vsh", arguments: ["Scripts/articles", folder + "/bridge.html"]) == 0, "\(test.errors)")
        #expect(try String(contentsOfFile: folder + "/bridge.html", encoding: .utf8).contains("<del>commission</del> <ins>council</ins>"))
        #expect(test.output.contains("council"), "and the altered quotation, listed")
    }
}
