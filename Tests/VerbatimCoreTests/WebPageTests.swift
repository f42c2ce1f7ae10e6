import Foundation
import Testing
@testable import VerbatimCore
import VerbatimTestSupport

/// Web pages, corpora and encodings, with pages and files the tests write.
@Suite struct WebPageTests {
    static let page = """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8">
    <title>Bridge to close | The Alder Gazette</title>
    <meta property="og:site_name" content="The Alder Gazette">
    <meta property="og:title" content="Port Alder to close Tidewater Bridge">
    <link rel="canonical" href="https://example.org/bridge">
    <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-03-03T08:00:00Z",
      "author": {"@type": "Person", "name": "Priya Nandakumar"}}</script>
    <script>var tracking = "<p>not text</p>";</script>
    <style>p { color: red; }</style>
    </head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <header><h1>Port Alder to close Tidewater Bridge</h1></header>
    <div class="share-tools"><a href="#">Share on Facebook</a></div>
    <article class="article-body">
      <p>Mayor Elena Marsh said on Tuesday that the Tidewater Bridge will close in May for two years of repairs, after engineers found the piers failing.</p>
      <figure><img src="bridge.jpg"><figcaption>The bridge at dawn. Photo: Staff</figcaption></figure>
      <p>“The engineers told us the piers are failing faster than anyone expected,” Marsh said. “We will not gamble with the lives of the people who cross it.”</p>
      <div class="related-links"><a href="/a">Ferry times</a><a href="/b">Detours</a></div>
      <p>Advertisement</p>
      <p>Harbor Commissioner Tomas Reyes called the plan rushed, and said the commission had not seen it in writing.</p>
      <blockquote class="twitter-tweet"><p>The bridge closes in May.</p>&mdash; Alder Gazette (@aldergazette) <a href="https://twitter.com/aldergazette/status/1">March 3, 2026</a></blockquote>
      <blockquote class="twitter-tweet"><p>Tonight at the council: "Nobody has seen this plan in writing"</p>&mdash; Tomas Reyes (@treyes) <a href="https://twitter.com/treyes/status/2">March 3, 2026</a></blockquote>
    </article>
    <aside><h3>Most read</h3><ul><li><a href="/x">Other story</a></li></ul></aside>
    <footer>© 2026 The Alder Gazette. All rights reserved.</footer>
    </body></html>
    """

    @Test func readsTheArticleBodyAndMetadataOfAPage() throws {
        let article = try #require(HTMLArticle(html: Array(Self.page.utf8)))
        let lines = article.text.components(separatedBy: "\n\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("Mayor Elena Marsh said on Tuesday"))
        #expect(lines[1].hasPrefix("“The engineers told us"))
        #expect(lines[2].hasPrefix("Harbor Commissioner Tomas Reyes"))
        #expect(lines[3] == "“The bridge closes in May.” — Alder Gazette (@aldergazette) March 3, 2026")
        #expect(lines[4] == "Tonight at the council: \"Nobody has seen this plan in writing\" — Tomas Reyes (@treyes) March 3, 2026")
        #expect(article.embeddedPosts.map { "\($0.author!) \($0.handle!) \($0.date!) \($0.url!)" } == [
            "Alder Gazette @aldergazette March 3, 2026 https://twitter.com/aldergazette/status/1",
            "Tomas Reyes @treyes March 3, 2026 https://twitter.com/treyes/status/2",
        ])
        #expect(article.embeddedPosts.map { ScalarText(article.text).string($0.span) } == [lines[3], lines[4]])
        for furniture in ["Home", "Share on Facebook", "Photo: Staff", "Ferry times", "Advertisement", "Most read", "All rights reserved", "not text"] {
            #expect(!article.text.contains(furniture), "\(furniture)")
        }
        #expect(article.title == "Port Alder to close Tidewater Bridge")
        #expect(article.outlet == "The Alder Gazette")
        #expect(article.url == "https://example.org/bridge")
        #expect(article.date == "2026-03-03T08:00:00Z")
        #expect(article.byline == "Priya Nandakumar")
    }

    @Test func attributesQuotesOfEmbeddedPostsToTheirAuthors() throws {
        let article = try #require(HTMLArticle(html: Array(Self.page.utf8)))
        let extraction = ExtractionPipeline.standard.extract(article.text, embeddedPosts: article.embeddedPosts)
        let posted = extraction.quotes.filter { $0.text.contains("bridge closes") || $0.text.contains("Nobody has seen") }
        #expect(posted.map(\.speaker) == ["Alder Gazette", "Tomas Reyes"])
    }

    @Test func stripsScriptsButKeepsLinkedData() {
        let stripped = String(decoding: ScriptStripper.strip(Array(Self.page.utf8)), as: UTF8.self)
        #expect(!stripped.contains("tracking") && !stripped.contains("color: red"))
        #expect(stripped.contains("Priya Nandakumar") && stripped.contains("<script>") && stripped.contains("</style>"))
        #expect(ScriptStripper.strip(Array("<p>a</p><script>never closed".utf8)) == Array("<p>a</p><script>".utf8))
    }

    @Test(arguments: [3, 300, 10_000])
    func keepsTheTextOfPagesNestedDeeperThanLibxml2Goes(depth: Int) throws {
        let page = "<html><body><article>" + String(repeating: "<div>", count: depth)
            + "<p>“We will not gamble with the lives of the people who cross it,” said Mayor Elena Marsh.</p>"
            + String(repeating: "</span></div>", count: depth)
            + "<p>Harbor Commissioner Tomas Reyes called the plan rushed, and said the commission had not seen it.</p></article></body></html>"
        let article = try #require(HTMLArticle(html: Array(page.utf8)))
        #expect(article.text.components(separatedBy: "\n\n").map { $0.prefix(15) } == ["“We will not ga", "Harbor Commissi"])
    }

    @Test func capsNestingDroppingTagsBeyondTheLimitWithTheirEndTags() {
        func flattened(_ html: String) -> String {
            String(decoding: NestingFlattener.flatten(Array(html.utf8), limit: 2), as: UTF8.self)
        }
        #expect(flattened("<div><section class=\"a>b\"><div><p>x</p></div></section></div>after")
                == "<div><section class=\"a>b\">x</section></div>after")
        // Void and self-closed elements, comments and end tags of elements never opened leave the depth alone.
        #expect(flattened("<div><br><img src=x><span/><!-- <div> --></em><b>x</b></div>") == "<div><br><img src=x><span/><!-- <div> --></em><b>x</b></div>")
        #expect(flattened("<DIV><Div><div>deep</div></DIV></div>") == "<DIV><Div>deep</DIV></div>")
        // A comment ends at --!> too, as libxml2 ends it, so the tags after it count.
        #expect(flattened("<!-- a --!><div><div><div>deep</div></div></div>") == "<!-- a --!><div><div>deep</div></div>")
    }

    @Test func keepsTheFirstAttributesOfAnElementAndDropsTheRest() throws {
        func limited(_ html: String) -> String {
            String(decoding: AttributeLimiter.limit(Array(html.utf8), to: 2), as: UTF8.self)
        }
        #expect(limited("<p a=1 b='x > y' c d=\"3\">text</p><br e f g/>") == "<p a=1 b='x > y' >text</p><br e f />")
        #expect(limited("<p a b>text <!-- <x a b c> --></p>") == "<p a b>text <!-- <x a b c> --></p>")
        #expect(limited("<p a b c d") == "<p a b ", "the rest of a tag never closed is dropped")
        #expect(limited("<p>x</p><div a b c title=\"y>z") == "<p>x</p><div a b ", "so is a tag ending in an unclosed value")
        #expect(limited("<p a b c d>") == "<p a b >")
        // Comments end where libxml2 ends them, at --> or --!>.
        #expect(limited("<!-- x --!><p a b c>y</p> -->") == "<!-- x --!><p a b >y</p> -->")
        #expect(limited("<!----><p a b c>y</p>") == "<!----><p a b >y</p>")
        #expect(limited("<!-- <p a b c> --!- --><p d e f>") == "<!-- <p a b c> --!- --><p d e >")
        let attributes = (0..<40_000).map { "data-a\($0)=\"\($0)\"" }.joined(separator: " ")
        let page = "<html><body><article><p " + attributes + ">“We will rebuild the bridge before winter,” said Mayor Elena Marsh.</p></article></body></html>"
        let kept = AttributeLimiter.limit(Array(page.utf8), to: LoadLimits.attributesPerElement)
        #expect(String(decoding: kept, as: UTF8.self).components(separatedBy: "=\"").count - 1 == LoadLimits.attributesPerElement)
        #expect(try #require(HTMLArticle(html: Array(page.utf8))).text == "“We will rebuild the bridge before winter,” said Mayor Elena Marsh.")
    }

    @Test func capsTheAttributesOfATagThatNeverCloses() throws {
        let attributes = (0..<40_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        for ending in ["", " title=\""] {
            let page = "<html><body><p>“We will win this fight,” said Anna Berg.</p><div " + attributes + ending
            let kept = AttributeLimiter.limit(Array(page.utf8), to: LoadLimits.attributesPerElement)
            #expect(String(decoding: kept, as: UTF8.self).components(separatedBy: "=\"").count - 1 == LoadLimits.attributesPerElement)
            #expect(try #require(HTMLArticle(html: Array(page.utf8))).text == "“We will win this fight,” said Anna Berg.")
        }
    }

    /// Pages where a reading that differs from libxml2's would hide an element's attributes
    /// from the cap: each leaves libxml2 an element with 300 attributes unless capped.
    static let pagesHidingAttributes: [String] = {
        let attributes = (0..<300).map { "a\($0)=\"x>\"" }.joined(separator: " ")
        let element = "<div " + attributes + ">words</div>"
        let longName = (0..<300).map { String(format: "b%099d", $0) }.joined()
        return [
            "<p -a=\"x>y " + element + "\">z",                       // a bogus attribute ends at its first >
            "<p a\u{0C}=\"x>y " + element + "\">z",                 // a form feed is not a blank
            "<div " + longName + ">words</div>",                    // names are cut every 100 bytes
            "<_x a=\">" + element,                                  // a tag starts with a letter only
            "<?t <p a=\">" + element,                              // a processing instruction ends at >
            "</x <p a=\">" + element,                              // so does an end tag
            "<!DOCTYPE html SYSTEM \"x <p a=\">" + element,        // and a DOCTYPE, quotes or not
            "<script type=\"application/ld+json\"><p a=\"</script>" + element,  // script text is not markup
            // In ISO-2022-JP "<ppp…a=\"" are Kanji; the NUL makes the page not UTF-8.
            "<meta charset=\"iso-2022-jp\">\u{1B}$B<" + String(repeating: "p", count: 100) + "a=\"\u{1B}(B" + element + "\u{0}",
        ]
    }()

    @Test(arguments: pagesHidingAttributes.indices)
    func capsAttributesAsLibxml2ReadsThem(page: Int) throws {
        let tree = try #require(HTMLTree(Array(("<html><body><p>Before.</p>" + Self.pagesHidingAttributes[page]).utf8)))
        let most = tree.nodes.map { node in
            sequence(first: node.pointee.properties) { $0?.pointee.next }.prefix { $0 != nil }.count
        }.max() ?? 0
        #expect(most <= LoadLimits.attributesPerElement)
    }

    @Test func capsAttributesOfPagesInUTF16AndUTF32() throws {
        let attributes = (0..<300).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let page = "<html><body><p>“Wide,” said Anna Berg.</p><div " + attributes + "></div></body></html>"
        let utf16 = Array(page.utf16), scalars = page.unicodeScalars.map(\.value)
        let littleEndian16 = utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian16 = utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let littleEndian32 = scalars.flatMap { value in (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        for (bytes, encoding) in [([0xFF, 0xFE] + littleEndian16, nil), ([0xFE, 0xFF] + bigEndian16, nil),
                                  (littleEndian16, "UTF-16"), (bigEndian16, "utf-16"), ([0xFF, 0xFE, 0, 0] + littleEndian32, nil)]
            as [([UInt8], String?)] {
            let tree = try #require(HTMLTree(bytes, encoding: encoding))
            let most = tree.nodes.map { node in
                sequence(first: node.pointee.properties) { $0?.pointee.next }.prefix { $0 != nil }.count
            }.max() ?? 0
            #expect(most == LoadLimits.attributesPerElement, "\(bytes.prefix(4)) \(encoding ?? "")")
            #expect(try #require(HTMLArticle(html: bytes, encoding: encoding)).text == "“Wide,” said Anna Berg.")
        }
    }

    @Test func dropsTheInternalSubsetOfADoctypeAndExpandsNoEntities() throws {
        let page = """
            <!DOCTYPE html [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;]>">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
            ]>
            <html><body><article><p>“We will rebuild the bridge before winter,” said Mayor Elena Marsh. &lol2;</p></article></body></html>
            """
        let article = try #require(HTMLArticle(html: Array(page.utf8)))
        #expect(article.text == "“We will rebuild the bridge before winter,” said Mayor Elena Marsh. &lol2;")
        func stripped(_ html: String) -> String { String(decoding: DoctypeStripper.strip(Array(html.utf8)), as: UTF8.self) }
        #expect(stripped("<!doctype html [<!-- ] --> <!ENTITY a 'b]'>]><p>x</p>") == "<!doctype html ><p>x</p>")
        #expect(stripped("<!DOCTYPE html [ never closed><p>x</p>") == "<!DOCTYPE html ><p>x</p>")
        #expect(stripped("<!DOCTYPE a [x><!DOCTYPE b [y><p>x</p>") == "<!DOCTYPE a ><!DOCTYPE b ><p>x</p>")
        #expect(stripped("<!-- <!DOCTYPE [ --><!DOCTYPE html><p>[x]</p>") == "<!-- <!DOCTYPE [ --><!DOCTYPE html><p>[x]</p>")
    }

    @Test(arguments: [
        ("utf-8", Array("Café owners".utf8) + [0x20, 0x93] + Array("rushed".utf8) + [0x94], "Café owners “rushed”"),  // Windows-1252 quotes in UTF-8
        ("iso-8859-1", Array("Café owners “rushed”".utf8), "Café owners “rushed”"),  // UTF-8 declared as Latin-1
        ("shift_jis", Array("Caf".utf8) + [0xE9, 0x20, 0x80] + Array(" owners “rushed”".utf8), "Café € owners “rushed”"),  // fails part way
        ("windows-1252", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x72, 0x75, 0x73, 0x68, 0x65, 0x64, 0x94], "Café “rushed”"),  // as declared
    ])
    func readsPagesWhoseCharsetIsWrongWithoutLosingText(charset: String, words: [UInt8], expected: String) throws {
        let page = Array("<html><head><meta charset=\"\(charset)\"></head><body><article><p>".utf8) + words
            + Array(", said the harbor commissioner, and the rest of the paragraph reads on to its end.</p></article></body></html>".utf8)
        let article = try #require(HTMLArticle(html: page))
        #expect(article.text == expected + ", said the harbor commissioner, and the rest of the paragraph reads on to its end.")
    }

    @Test func repairsUTF8MixedWithWindows1252() {
        #expect(TextDecoding.isPlainUTF8(Array("Café “x” 😀".utf8)))
        for bad: [UInt8] in [[0x41, 0x00], [0xFF, 0xFE, 0x41, 0x00], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            #expect(!TextDecoding.isPlainUTF8(bad), "\(bad)")
        }
        #expect(String(decoding: TextDecoding.repairedUTF8([0x93, 0x68, 0x69, 0x94, 0x20] + Array("“ok” é".utf8) + [0xE2, 0x80]), as: UTF8.self)
                == "“hi” “ok” éâ\u{20AC}")
    }

    @Test func decodesUTF16AndWindows1252AndKeepsLineEnds() throws {
        let folder = temporaryFolder()
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("Title\r\n“Quote,” she said.".data(using: .utf16LittleEndian)!)
        try utf16.write(to: URL(fileURLWithPath: folder + "/wide.txt"))
        try Data([0x54, 0x0D, 0x0A, 0x93, 0x48, 0x69, 0x94, 0x20, 0x80]).write(to: URL(fileURLWithPath: folder + "/old.txt"))
        var loader = ArticleLoader(workingDirectory: folder)
        let wide = try loader.source(for: "wide.txt")
        #expect(wide.text == "Title\r\n“Quote,” she said." && wide.encoding == "utf-16le")
        let old = try loader.source(for: "old.txt")
        #expect(old.text == "T\r\n“Hi” €" && old.encoding == "windows-1252")
    }

    @Test func readsCorporaKeepingGoodRecordsAndNamingBadLines() throws {
        let folder = temporaryFolder()
        let lines = [
            #"{"id": "one", "text": "“We will rebuild,” said Elena Marsh.", "outlet": "Gazette", "section": "City", "score": 3, "checked": true}"#,
            #"{"text": 5}"#,
            "not json",
            "",
            #"{"html": "<html><body><article><p>The council met on Tuesday night and voted to keep the ferry running through the winter months, officials said.</p></article></body></html>", "title": "Ferry"}"#,
        ]
        try lines.joined(separator: "\n").write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        var loader = ArticleLoader(workingDirectory: folder)
        let (sources, problems) = loader.sources(for: "corpus.jsonl")
        #expect(sources.map(\.file) == ["corpus.jsonl#one", "corpus.jsonl#5"])
        #expect(sources[0].outlet == "Gazette" && sources[0].fields == ["section": .text("City"), "score": .number(3), "checked": .bool(true)])
        #expect(sources[1].title == "Ferry" && sources[1].text.hasPrefix("The council met") && sources[1].textOrigin == .html)
        #expect(problems.map(\.localizedDescription) == ["corpus.jsonl:2: has a text that is not a string",
                                                          "corpus.jsonl:3: is not JSON (invalid JSON)"]
                || problems.map { $0.line } == [2, 3])
        try #"[{"text": "First."}, {"title": "no text"}]"#.write(toFile: folder + "/array.json", atomically: true, encoding: .utf8)
        let array = loader.sources(for: "array.json")
        #expect(array.sources.count == 1 && array.problems.map(\.localizedDescription) == ["array.json: item 2 has neither text nor html"])
    }

    @Test func refusesCorpusRecordsPastThePageLimit() throws {
        let folder = temporaryFolder()
        let html = "<p>" + String(repeating: "x", count: LoadLimits.pageBytes) + "</p>"
        try (#"{"html": "\#(html)"}"# + "\n" + #"{"text": "“We will rebuild,” said Elena Marsh."}"#)
            .write(toFile: folder + "/big.jsonl", atomically: false, encoding: .utf8)
        var loader = ArticleLoader(workingDirectory: folder)
        let (sources, problems) = loader.sources(for: "big.jsonl")
        #expect(sources.count == 1)
        #expect(problems.map(\.localizedDescription) == ["big.jsonl:1: has html of 33 MB; web pages over 32 MB are not loaded"])
    }

    @Test func loadsPagesFromFoldersWithTheirMetadata() throws {
        let folder = temporaryFolder()
        try Self.page.write(toFile: folder + "/bridge.html", atomically: true, encoding: .utf8)
        var loader = ArticleLoader(workingDirectory: folder)
        #expect(try loader.files(for: ["."]) == ["./bridge.html"])
        let source = try loader.source(for: "bridge.html")
        #expect(source.outlet == "The Alder Gazette" && source.textOrigin == .html)
        try "<html><body><nav>menu</nav></body></html>".write(toFile: folder + "/empty.html", atomically: true, encoding: .utf8)
        #expect(throws: LoadError(file: "empty.html", reason: "holds no article text")) { try loader.source(for: "empty.html") }
    }
}
