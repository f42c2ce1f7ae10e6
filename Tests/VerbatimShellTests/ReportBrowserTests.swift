import Foundation
import Testing
import VerbatimTestSupport

/// `report`'s page as headless Chromium shows it: the rendered DOM, the filters at work,
/// scripts off, a hostile article, the requests the page makes (none) and a screenshot.
/// CI installs Chromium (Scripts/install-browser.sh) and requires these tests; elsewhere they run
/// when `chromium` is on PATH.
@Suite(.enabled(if: HeadlessBrowser.testsRun, "needs chromium: Scripts/install-browser.sh"), .serialized)
struct ReportBrowserTests {
    /// Writes the report `command` makes after `load`ing `paths` and gives its file URL.
    static func report(loading paths: String, in folder: String = temporaryFolder(), _ command: String = "report") throws -> URL {
        let test = TestShell(workingDirectory: folder)
        let path = folder + "/report.html"
        #expect(test.run("load \(paths); \(command) --to '\(path)'") == 0, "\(test.errors)")
        return URL(fileURLWithPath: path)
    }

    static let examples = "'\(TestShell.projectRoot)/Scripts/articles'"

    /// A script giving the occurrences shown, as "group-N aN" strings in page order.
    static let shownRows = """
        JSON.stringify(Array.from(document.querySelectorAll("li.occurrence"))
          .filter(row => row.offsetParent !== null).map(row => row.closest("section.group").id + " " + row.dataset.article))
        """

    static func strings(_ value: Any?) throws -> [String] {
        let text = try #require(value as? String)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String])
    }

    @Test func eachOccurrenceShowsItsVerdictAndChangedWords() throws {
        let browser = try HeadlessBrowser()
        try browser.open(try Self.report(loading: Self.examples))
        let rows = try #require(try browser.evaluate("""
            Array.from(document.querySelectorAll("#group-4 li.occurrence")).map(row => ({
              outlet: row.dataset.outlet, verdict: row.querySelector(".badge").textContent,
              deleted: Array.from(row.querySelectorAll("del")).map(word => word.textContent),
              inserted: Array.from(row.querySelectorAll("ins")).map(word => word.textContent),
              shown: row.offsetParent !== null }))
            """) as? [[String: Any]])
        #expect(rows.map { $0["outlet"] as? String } == ["The Alder Gazette", "Harbor Daily", "Coastline Wire"])
        #expect(rows.map { $0["verdict"] as? String } == ["original", "altered", "verbatim"])
        #expect(rows[1]["deleted"] as? [String] == ["commission"] && rows[1]["inserted"] as? [String] == ["council"])
        #expect(rows[2]["deleted"] as? [String] == [] && rows[2]["inserted"] as? [String] == [])
        #expect(rows.allSatisfy { $0["shown"] as? Bool == true })
        // The style sheet and the script ran under the page's policy: struck and underlined
        // words (not colour alone), the filter bar shown.
        #expect(try browser.evaluate("getComputedStyle(document.querySelector('del')).textDecorationLine") as? String == "line-through")
        #expect(try browser.evaluate("getComputedStyle(document.querySelector('ins')).textDecorationLine") as? String == "underline")
        #expect(try browser.evaluate("document.getElementById('filters').offsetParent !== null") as? Bool == true)
        #expect(try browser.evaluate("document.querySelector('#group-3 li[data-article=a3] .badge').textContent") as? String == "unquoted")
    }

    @Test func filtersHideAndShowTheRightRows() throws {
        let browser = try HeadlessBrowser()
        try browser.open(try Self.report(loading: Self.examples))
        func choose(_ field: String, _ value: String) throws -> [String] {
            _ = try browser.evaluate("""
                (() => { const field = document.querySelector("#filters [name=\(field)]"); field.value = \(scriptString(value));
                         field.dispatchEvent(new Event("change", { bubbles: true })); })()
                """)
            return try Self.strings(try browser.evaluate(Self.shownRows))
        }
        let everything = try Self.strings(try browser.evaluate(Self.shownRows))
        #expect(everything.count == 10)
        // A quotation shown keeps its reference, dimmed.
        #expect(try choose("verdict", "altered") == ["group-4 a1", "group-4 a3"])
        #expect(try browser.evaluate("document.querySelector('#group-4 li.context').dataset.article") as? String == "a1")
        #expect(try choose("verdict", "") == everything)
        #expect(try choose("outlet", "Coastline Wire") == ["group-2 a1", "group-2 a2", "group-4 a1", "group-4 a2"])
        #expect(try Self.strings(try browser.evaluate("""
            JSON.stringify(Array.from(document.querySelectorAll("section.article")).filter(a => a.offsetParent !== null).map(a => a.id))
            """)) == ["article-a2"])
        #expect(try choose("outlet", "") == everything)
        #expect(try choose("speaker", "Tomas Reyes") == ["group-4 a1", "group-4 a3", "group-4 a2"])
        #expect(try choose("speaker", "") == everything)
        // Search reads the words, speakers and outlets, not the page's own labels.
        #expect(try choose("search", "similarity") == [])
        #expect(try choose("search", "PIERS") == ["group-2 a1", "group-2 a3", "group-2 a2"])
        #expect(try browser.evaluate("document.getElementById('shown').textContent") as? String
                == "Showing 1 of 4 quotations and 3 of 3 articles")
        _ = try browser.evaluate("document.getElementById('filters').reset(); new Promise(done => setTimeout(done, 50))")
        #expect(try Self.strings(try browser.evaluate(Self.shownRows)) == everything)
    }

    @Test func withScriptsOffEverythingShows() throws {
        let browser = try HeadlessBrowser()
        try browser.send("Emulation.setScriptExecutionDisabled", ["value": true])
        try browser.open(try Self.report(loading: Self.examples))
        let document = try browser.send("DOM.getDocument")
        let root = try #require((document["root"] as? [String: Any])?["nodeId"] as? Int)
        let rows = try #require(try browser.send("DOM.querySelectorAll", ["nodeId": root, "selector": "li.occurrence"])["nodeIds"] as? [Int])
        #expect(rows.count == 10)
        // Each row is laid out (a hidden one has no box), and the filters, which need the script, are not.
        for row in rows { #expect(try browser.send("DOM.getBoxModel", ["nodeId": row])["model"] != nil) }
        let filters = try #require(try browser.send("DOM.querySelector", ["nodeId": root, "selector": "#filters"])["nodeId"] as? Int)
        #expect(throws: HeadlessBrowser.Failure.self) { try browser.send("DOM.getBoxModel", ["nodeId": filters]) }
        let marks = try #require(try browser.send("DOM.querySelectorAll", ["nodeId": root, "selector": "section.article mark"])["nodeIds"] as? [Int])
        #expect(marks.count == 16, "14 quotes, a title and an unquoted occurrence")
        for mark in marks { #expect(try browser.send("DOM.getBoxModel", ["nodeId": mark])["model"] != nil) }
    }

    @Test func aHostileArticleRendersAsTextRunsNothingAndNoRequestLeaves() throws {
        let listener = try LoopbackListener()
        let folder = temporaryFolder()
        let trap = "http://127.0.0.1:\(listener.port)"
        let hostile = """
            <script>alert(1); fetch("\(trap)/script")</script><img src="\(trap)/image" onerror="alert(2)">\
            "><svg onload=alert(3)><style>@import url(\(trap)/style);</style><meta http-equiv="refresh" content="0;url=\(trap)/refresh">
            """
        for name in ["one", "two"] {
            try "Hostile \(name) \(hostile)\n\n“We will keep the old bridge \(hostile) open for one more winter,” said Mayor Elena Marsh.\n\n\(hostile)"
                .write(toFile: "\(folder)/\(name).txt", atomically: true, encoding: .utf8)
        }
        try #"[{"file": "one.txt", "outlet": "<b onclick=alert(4)>Outlet</b>", "url": "javascript:alert(5)", "title": "</title><script>alert(6)</script>"}, {"file": "two.txt", "outlet": "Other", "url": "\#(trap)/link"}]"#
            .write(toFile: folder + "/manifest.json", atomically: true, encoding: .utf8)
        let url = try Self.report(loading: ".", in: folder, "report --title '<script>alert(7)</script>'")

        let browser = try HeadlessBrowser()
        try browser.open(url)
        _ = try browser.evaluate("new Promise(done => setTimeout(done, 500))")
        #expect(!browser.events.contains { $0.method == "Page.javascriptDialogOpening" }, "no alert ran")
        #expect(try browser.evaluate("document.scripts.length") as? Int == 1)
        #expect(try browser.evaluate("document.querySelectorAll('img, svg:not(.chart), meta[http-equiv=refresh], b').length") as? Int == 0)
        #expect(try browser.evaluate("document.querySelectorAll('style').length") as? Int == 1)
        #expect(try browser.evaluate("document.title") as? String == "<script>alert(7)</script>")
        // The article's markup is its text (with labels after the quotes found in it).
        let text = try #require(try browser.evaluate("document.querySelector('#article-a1 .text').textContent") as? String)
        for piece in ["<script>alert(1); fetch(", "<img src=", "onerror=", "<svg onload=alert(3)><style>@import url(", "<meta http-equiv="] {
            #expect(text.contains(piece), "\(piece)")
        }
        #expect(try browser.evaluate("""
            Array.from(document.querySelectorAll("blockquote")).some(quote => quote.textContent.includes('<script>alert(1); fetch('))
            """) as? Bool == true)
        // The policy stops a request even from a script that runs in the page.
        #expect(try browser.evaluate("fetch('\(trap)/fetch').then(() => 'sent', () => 'blocked')") as? String == "blocked")
        #expect(browser.requests() == [url.absoluteString])
        #expect(listener.connections() == 0)
    }

    @Test func theScreenshotShowsTheChartWithOneBarPerOutlet() throws {
        let browser = try HeadlessBrowser()
        try browser.open(try Self.report(loading: Self.examples))
        let bars = try #require(try browser.evaluate("""
            Array.from(document.querySelectorAll("#chart g.bar > rect:not(.segment)")).map(bar => {
              const box = bar.getBoundingClientRect(); return [box.left, box.top, box.width, box.height]; })
            """) as? [[Double]])
        #expect(bars.count == 3, "three outlets")
        let screenshot = try browser.screenshot()
        // The screenshot's pixels, read by the browser itself in a page of its own.
        try browser.open(URL(string: "about:blank")!)
        let measured = try #require(try browser.evaluate("""
            new Promise(done => { const image = new Image(); image.onload = () => {
              const canvas = document.createElement("canvas"); canvas.width = image.width; canvas.height = image.height;
              const context = canvas.getContext("2d"); context.drawImage(image, 0, 0);
              const ink = (x, y, w, h) => { const data = context.getImageData(x, y, w, h).data; let inked = 0;
                for (let i = 0; i < data.length; i += 4) { if (765 - data[i] - data[i + 1] - data[i + 2] > 60) { inked += 1; } }
                return inked / (w * h); };
              const colours = new Set(); const all = context.getImageData(0, 0, image.width, image.height).data;
              for (let i = 0; i < all.length; i += 4) { colours.add((all[i] << 16) | (all[i + 1] << 8) | all[i + 2]); }
              done({ page: ink(0, 0, image.width, image.height), colours: colours.size,
                     bars: \(String(describing: bars)).map(([x, y, w, h]) => ink(Math.round(x) + 2, Math.round(y) + 2, Math.round(w) - 4, Math.round(h) - 4)) });
            }; image.src = "data:image/png;base64,\(screenshot.base64EncodedString())"; })
            """) as? [String: Any])
        #expect((measured["page"] as? Double ?? 0) > 0.03, "the page is not blank: \(measured)")
        #expect((measured["colours"] as? Int ?? 0) > 50)
        #expect((measured["bars"] as? [Double])?.count == 3)
        #expect((measured["bars"] as? [Double] ?? []).allSatisfy { $0 > 0.5 }, "each bar is drawn: \(measured)")
    }
}

/// The real coverage of one statement by four outlets (../shared, beside the project), checked
/// by Scripts/evaluate.sh, which names its folder in VERBATIM_COVERAGE.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["VERBATIM_COVERAGE"] != nil, "set VERBATIM_COVERAGE"))
struct ReportCoverageTests {
    @Test func theSeedQuoteAsEachOutletCarriesIt() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["VERBATIM_COVERAGE"])
        let browser = try HeadlessBrowser()
        try browser.open(try ReportBrowserTests.report(loading: "'\(folder)'"))
        func rows(_ outlet: String, saying words: String) throws -> [[String: Any]] {
            try #require(try browser.evaluate("""
                Array.from(document.querySelectorAll("li.occurrence")).filter(row => row.dataset.outlet === \(scriptString(outlet))
                    && row.querySelector("blockquote").textContent.includes(\(scriptString(words)))).map(row => ({
                  verdict: row.querySelector(".badge").textContent,
                  deleted: Array.from(row.querySelectorAll("del")).map(word => word.textContent),
                  inserted: Array.from(row.querySelectorAll("ins")).map(word => word.textContent) }))
                """) as? [[String: Any]])
        }
        let okey = try rows("Okey News", saying: "phony referenda")
        #expect(okey.count == 1)
        #expect(okey.first?["verdict"] as? String == "altered")
        #expect(okey.first?["deleted"] as? [String] == ["sham", "futile", "mask"])
        #expect(okey.first?["inserted"] as? [String] == ["phony", "failed", "disguise"])
        #expect(try rows("Reuters", saying: "sham referenda are a futile effort").map { $0["verdict"] as? String } == ["verbatim"])
        #expect(try rows("PTI", saying: "recognise the legitimacy").map { $0["verdict"] as? String } == ["unquoted"])
    }
}

/// `text` as a JSON string literal, to put into a script.
func scriptString(_ text: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
}

/// A report too large to build at once: 240 articles, each pair quoting one statement of its own.
@Suite(.enabled(if: HeadlessBrowser.testsRun, "needs chromium: Scripts/install-browser.sh"), .serialized)
struct LargeReportBrowserTests {
    /// Writes the corpus and its report; gives the report's URL.
    static func report() throws -> URL {
        let folder = temporaryFolder()
        func word(_ stem: String, _ number: Int) -> String {
            stem + String(number).map { String(UnicodeScalar(UInt8(ascii: "a") + UInt8(String($0))!)) }.joined()
        }
        var lines: [String] = []
        for index in 0..<240 {
            let statement = index / 2
            let words = "The \(word("kelp", statement)) of \(word("quay", statement)) will \(word("moor", statement)) the \(word("barge", statement)) by \(word("tide", statement))"
            let record = ["id": "n\(index)", "outlet": index % 2 == 0 ? "Harbor Daily" : "Alder Gazette",
                          "date": "2026-03-\(index % 2 == 0 ? "03" : "04")",
                          "text": "Story \(index)\n\n“\(words),” Mayor Elena Marsh said on Tuesday."]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
        }
        try lines.joined(separator: "\n").write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        return try ReportBrowserTests.report(loading: "corpus.jsonl", in: folder)
    }

    static let counts = """
        JSON.stringify([document.querySelectorAll("li.occurrence").length, document.querySelectorAll("section.article").length,
                        document.querySelectorAll("div.later noscript").length])
        """

    static func numbers(_ value: Any?) throws -> [Int] {
        let text = try #require(value as? String)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Int])
    }

    @Test func buildsItsSectionsAsTheyComeNear() throws {
        let url = try Self.report()
        let browser = try HeadlessBrowser()
        try browser.open(url)
        // 100 quotations and 100 articles at first; the rest wait in three chunks.
        #expect(try Self.numbers(try browser.evaluate(Self.counts)) == [200, 100, 3])
        #expect(try browser.evaluate("document.getElementById('shown').textContent") as? String
                == "Showing 120 of 120 quotations and 240 of 240 articles")
        // Read down the page as a reader scrolls it.
        _ = try browser.evaluate("""
            new Promise(done => { const step = () => { const before = scrollY; scrollBy(0, 3000);
              if (scrollY === before) { done(); } else { setTimeout(step, 30); } }; step(); })
            """)
        #expect(try Self.numbers(try browser.evaluate(Self.counts)) == [240, 240, 0])
        #expect(try browser.evaluate("document.querySelector('#article-a240 mark').textContent")
                as? String == "“The kelpbbj of quaybbj will moorbbj the bargebbj by tidebbj,”")
    }

    @Test func aLinkOrAFilterBuildsEverything() throws {
        let url = try Self.report()
        let browser = try HeadlessBrowser()
        try browser.open(url)
        _ = try browser.evaluate("location.hash = '#group-116'; new Promise(done => setTimeout(done, 100))")
        #expect(try Self.numbers(try browser.evaluate(Self.counts)) == [240, 240, 0])
        #expect(try browser.evaluate("document.getElementById('group-116').getBoundingClientRect().top < innerHeight") as? Bool == true)

        try browser.open(url)
        _ = try browser.evaluate("""
            (() => { const field = document.querySelector("#filters [name=search]"); field.value = "kelpbbf";
                     field.dispatchEvent(new Event("change", { bubbles: true })); })()
            """)
        #expect(try ReportBrowserTests.strings(try browser.evaluate(ReportBrowserTests.shownRows)) == ["group-116 a231", "group-116 a232"])
        #expect(try browser.evaluate("document.getElementById('shown').textContent") as? String
                == "Showing 1 of 120 quotations and 2 of 240 articles")
    }

    @Test func withScriptsOffEverySectionIsThere() throws {
        let url = try Self.report()
        let browser = try HeadlessBrowser()
        try browser.send("Emulation.setScriptExecutionDisabled", ["value": true])
        try browser.open(url)
        let root = try #require((try browser.send("DOM.getDocument")["root"] as? [String: Any])?["nodeId"] as? Int)
        let rows = try #require(try browser.send("DOM.querySelectorAll", ["nodeId": root, "selector": "li.occurrence"])["nodeIds"] as? [Int])
        #expect(rows.count == 240)
        let last = try #require(rows.last)
        #expect(try browser.send("DOM.getBoxModel", ["nodeId": last])["model"] != nil, "the last chunk is laid out")
    }
}
