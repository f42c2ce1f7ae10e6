import Foundation
import Testing
import VerbatimCore
import VerbatimShell
import VerbatimTestSupport

/// Each built-in command's normal use and its error path, over the example articles.
@Suite struct CommandTests {
    func loaded() -> TestShell {
        let test = TestShell()
        #expect(test.run("load Scripts/articles") == 0)
        return test
    }

    @Test func loadReportsWhatItLoaded() {
        let test = TestShell()
        #expect(test.said("load Scripts/articles") == "loaded 3 articles with 14 quotes and 1 scare quote or title (a1–a3)\n")
        #expect(test.output.isEmpty, "status lines go to standard error")
        test.shell.isQuiet = true
        #expect(test.said("reset; load Scripts/articles").isEmpty)
        #expect(test.shell.session.articles.map(\.outlet) == ["The Alder Gazette", "Coastline Wire", "Harbor Daily"])
    }

    @Test func loadKeepsGoodFilesAndNamesBadOnes() throws {
        let folder = temporaryFolder()
        try "Title\n“Good words are here today,” said Ana Ferreira.".write(toFile: folder + "/good.txt", atomically: true, encoding: .utf8)
        try Data([0, 1, 2]).write(to: URL(fileURLWithPath: folder + "/bad.txt"))
        let test = TestShell(workingDirectory: folder)
        #expect(test.run("load good.txt bad.txt", file: "s.vsh") == 1)
        #expect(test.errors == """
            loaded 1 article with 1 quote (a1)
            s.vsh:1:15: load: could not load bad.txt: is a binary file (it contains NUL bytes), not text
              load good.txt bad.txt
                            ^

            """)
        #expect(test.shell.session.articles.count == 1)
    }

    @Test func articlesListsOneRowPerArticle() {
        let test = loaded()
        let csv = test.printed("articles --format csv")
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first == "id,title,outlet,date,quotes,file")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("a1,Port Alder to close Tidewater Bridge for two years of repairs,The Alder Gazette,2026-03-03,5,"))
    }

    @Test func showMarksAndNumbersQuotes() {
        let test = loaded()
        let shown = test.printed("show a1")
        #expect(shown.hasPrefix("a1  Port Alder to close Tidewater Bridge for two years of repairs\n"))
        #expect(shown.contains("“Nobody wants two years of detours. But I would rather answer for a long commute than for a collapse,” [q3 Elena Marsh] she said."))
        #expect(shown.contains("called the plan “rushed” [q4 Tomas Reyes] and said"))
        test.errors = ""
        #expect(test.run("show a7", file: "s.vsh") == 1)
        #expect(test.errors == "s.vsh:1:6: show: no article \"a7\" (the session has a1–a3)\n  show a7\n       ^\n")
    }

    @Test func quotesFiltersBySpeakerTextAndKind() {
        let test = loaded()
        let bySpeaker = test.printed("quotes --speaker marsh --format tsv").split(separator: "\n")
        #expect(bySpeaker.count == 8)
        #expect(bySpeaker.dropFirst().allSatisfy { $0.split(separator: "\t")[2] == "Elena Marsh" })
        #expect(test.printed("quotes a2 --grep FERRY --format jsonl") == "")
        let grep = test.printed("quotes --grep 'morning trade' --format jsonl")
        #expect(grep == #"{"id": "q15", "article": "a3", "speaker": "Ana Ferreira", "kind": "direct", "cue": "said", "text": "\"If the bridge goes, the morning trade goes with it,\""}"# + "\n")
        #expect(test.printed("quotes --kind partial --format tsv").contains("q4\ta1\tTomas Reyes\tpartial\tcalled\t“rushed”\n"))
        #expect(test.printed("quotes --kind scare --format tsv") == "id\tarticle\tspeaker\tkind\tcue\ttext\n")
        test.errors = ""
        // An empty answer is not an error; it says why on standard error.
        #expect(test.run("quotes --speaker Nobody --format tsv", file: "s.vsh") == 0)
        #expect(test.output.hasSuffix("id\tarticle\tspeaker\tkind\tcue\ttext\n"))
        #expect(test.errors.contains("no speaker matches \"Nobody\""))
        // By word: "re" is nobody's name; --speaker-like takes a part of one.
        #expect(test.printed("quotes --speaker re --format tsv").split(separator: "\n").count == 1)
        #expect(test.printed("quotes --speaker 'tomas REYES' --format tsv").split(separator: "\n").count == 5)
        let like = test.printed("quotes --speaker-like re --format tsv").split(separator: "\n").dropFirst()
        #expect(Set(like.map { $0.split(separator: "\t")[2] }) == ["Tomas Reyes", "Ana Ferreira"])
        #expect(test.run("quotes --kind weird", file: "s.vsh") == 2)
    }

    @Test func speakersListsOneRowPerEntity() {
        let test = loaded()
        let rows = test.printed("speakers --format tsv").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows[0] == ["speaker", "quotes", "type", "roles", "aliases"])
        #expect(rows[1].prefix(4) == ["Elena Marsh", "7", "person", "Mayor"])
        #expect(rows.map { $0[0] }.dropFirst().sorted() == ["Ana Ferreira", "Elena Marsh", "Grace Okafor", "Tomas Reyes"])
    }

    @Test func compareLinesUpEachQuotationAcrossArticles() throws {
        let test = loaded()
        let json = test.printed("compare a1 a3 --format json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let verdicts = rows.map { "\($0["group"]!):\($0["article"]!):\($0["quote"] ?? "-"):\($0["verdict"]!)" }
        #expect(verdicts.contains("2:a1:q2:original") && verdicts.contains("2:a3:q13:verbatim"))
        #expect(verdicts.contains { $0.hasSuffix(":a1:<null>:missing") })
        let altered = try #require(rows.first { ($0["verdict"] as? String) == "altered" })
        #expect(altered["reference"] as? String == "q5")
        #expect(altered["changes"] as? String == "[-commission-]{+council+} [-in writing-]")
        let diff = try #require(altered["diff"] as? [[String: String]])
        #expect(diff.contains { $0 == ["op": "replace", "from": "commission", "to": "council"] })
        #expect(!test.printed("compare a1 a3").contains("\"op\""))
        #expect(test.run("compare a1") == 2)
        #expect(test.run("compare a1 a2 --all") == 2)
    }

    @Test func compareAllGroupsRepeatedQuotations() {
        let test = loaded()
        let table = test.printed("compare --all --only unquoted --format tsv").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(table.first?.prefix(3) == ["group", "article", "outlet"])
        #expect(table.dropFirst().map { $0[7] } == ["original", "unquoted"])
    }

    @Test func compareAndTraceTakeAMinimumConfidenceAndShowTheEvidence() throws {
        let test = loaded()
        for bad in ["2", "-0.1", "x", "nan"] {
            #expect(test.run("compare --all --min-confidence \(bad)") == 2)
            #expect(test.run("trace q5 --min-confidence \(bad)") == 2)
        }
        let rows = try #require(JSONSerialization.jsonObject(with: Data(test.printed("compare --all --format json").utf8)) as? [[String: Any]])
        let altered = try #require(rows.first { ($0["verdict"] as? String) == "altered" })
        #expect(altered["confidence"] as? Double == 1)
        #expect((altered["evidence"] as? String)?.split(separator: " ").count == 5)
        #expect((altered["information"] as? Double ?? 0) > 10)
        #expect(altered["speakers"] as? String == "same" && altered["corroborated"] as? Bool == true)
        #expect((altered["coverage"] as? Double ?? 0) > 0.8)
        #expect(rows.allSatisfy { ($0["verdict"] as? String) != "original" || $0["confidence"] as? Double == 1 })
        // Every group shown spans two articles or more.
        let articlesByGroup = Dictionary(grouping: rows, by: { $0["group"] as? Int ?? 0 }).mapValues { Set($0.compactMap { $0["article"] as? String }) }
        #expect(articlesByGroup.values.allSatisfy { $0.count >= 2 })
    }

    @Test func traceFollowsWordsAndJudgesAgainstAnArticle() {
        let test = loaded()
        let rows = test.printed("trace \"piers are failing faster than anyone expected\" --against a2 --format tsv")
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.map { "\($0[1]):\($0[7])" } == ["a1:extended", "a3:extended", "a2:original"])
        #expect(test.run("trace \"piers\"") == 1)
        #expect(test.errors.contains("trace: 1 words are too few to trace"))
        #expect(test.run("trace q2 --against a9") == 1)
        // A word written like a quote's id is one, and a missing one is said to be missing.
        for missing in ["q99", "Q5"] {
            test.errors = ""
            #expect(test.run("trace \(missing)") == 1)
            #expect(test.errors.contains("trace: no quote \(missing)"), "\(test.errors)")
        }
    }

    @Test func diffMarksTheChangedWords() throws {
        let test = loaded()
        #expect(test.printed("diff q5 q14") == "we are being asked to accept a plan that nobody on the [-commission-]{+council+} has seen [-in writing-]\n")
        let json = test.printed("diff q5 q14 --format json")
        #expect(json.contains(#""verdict": "altered""#) && json.contains(#"{"op": "delete", "from": "in writing", "to": ""}"#))
        #expect(test.run("diff q5 q99") == 1)
    }

    @Test func exportQuotesWritesTheEvaluationFormat() throws {
        let test = loaded()
        let first = test.printed("export quotes").split(separator: "\n").first
        #expect(first == #"{"article": "alder-gazette", "start": 205, "end": 240, "source_start": 144, "source_end": 161, "speaker": "Elena Marsh", "cue": "announced", "kind": "partial"}"#)
        let folder = temporaryFolder()
        #expect(test.said("export quotes --format csv --to \(folder)/q.csv") == "wrote 14 quotes and 1 scare quote or title to \(folder)/q.csv\n")
        let csv = try String(contentsOfFile: folder + "/q.csv", encoding: .utf8)
        #expect(csv.hasPrefix("article,start,end,source_start,source_end,speaker,cue,kind\r\nalder-gazette,205,240,144,161,Elena Marsh,announced,partial\r\n"))
        #expect(test.run("export speakers") == 2)
    }

    @Test func exportedOffsetsCountCodePointsOfTheExactText() throws {
        let test = loaded()
        let articles = test.printed("export articles --format json")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(articles.utf8)) as? [[String: Any]])
        #expect(records.first.map { Set($0.keys) } == ["id", "file", "title", "outlet", "date", "url", "byline", "text", "text_from", "encoding"])
        #expect(records.first?["text_from"] as? String == "file" && records.first?["encoding"] as? String == "utf-8")
        let text = try #require(records.first?["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[205..<240])) == "“a danger we can no longer ignore.”")
        #expect(String(String.UnicodeScalarView(scalars[144..<161])) == "Mayor Elena Marsh")
    }

    @Test func saveAndOpenRoundTripAndRefuseDamagedFiles() throws {
        let folder = temporaryFolder()
        let test = loaded()
        #expect(test.said("save \(folder)/s.verbatim") == "saved 3 articles to \(folder)/s.verbatim\n")
        let saved = test.shell.session
        #expect(test.run("reset; unload a1", file: "s.vsh") == 1)
        #expect(test.shell.session.articles.isEmpty)
        #expect(test.run("open \(folder)/s.verbatim") == 0)
        #expect(test.shell.session == saved)
        try "{\"format\": \"verbatim-session\", \"version\": 1, \"sess".write(toFile: folder + "/bad.verbatim", atomically: true, encoding: .utf8)
        test.errors = ""
        #expect(test.run("open \(folder)/bad.verbatim", file: "s.vsh") == 1)
        #expect(test.errors.hasPrefix("s.vsh:1:6: open: \(folder)/bad.verbatim: is damaged: invalid JSON (cut short?)"))
        #expect(test.shell.session == saved, "a failed open leaves the session as it was")
    }

    @Test func unloadAndResetRemoveArticles() {
        let test = loaded()
        #expect(test.said("unload a2 alder-gazette") == "unloaded a2, a1\n")
        #expect(test.shell.session.articles.map(\.id) == ["a3"])
        #expect(test.shell.session.quotes.allSatisfy { $0.article == "a3" })
        #expect(test.said("reset") == "removed 1 article\n")
        #expect(test.printed("load Scripts/articles/harbor-daily.txt; articles --format tsv").contains("a1\tMayor Marsh"))
    }

    @Test func setListsVariablesAndRefusesBadNames() {
        let test = TestShell()
        #expect(test.printed("set b two words; set a; set --format csv") == "name,value\r\na,\r\nb,two words\r\n")
        #expect(test.run("set 1x y") == 2)
    }

    @Test func helpDocumentsEveryCommand() {
        let test = TestShell()
        let overview = test.printed("help")
        for command in test.shell.registry.all {
            let signature = command.signature
            #expect(overview.contains("  \(signature.name)"))
            #expect(!signature.examples.isEmpty, "\(signature.name) has no example")
            let page = test.printed("help \(signature.name)")
            #expect(page.hasPrefix("usage: \(signature.name)"))
            #expect(page.contains("Examples:"))
        }
        let quotesPage = test.printed("help quotes")
        #expect(quotesPage.contains("--speaker NAME") && quotesPage.contains("Only quotes of this speaker"))
        #expect(test.run("help quotse") == 1)
        #expect(test.errors == "test.vsh:1:6: help: no command \"quotse\"\n  help quotse\n       ^\nhint: did you mean quotes?\n")
    }
}
