import Foundation
import Testing
import VerbatimLab
import VerbatimShell
import VerbatimTestSupport

/// The lab's commands in a shell that registers them, on corpora the tests write.
@Suite struct LabCommandTests {
    /// What a script printed and its exit status, run by a shell with the lab's commands in
    /// the project root.
    struct Run {
        var status: Int32
        var output = ""
        var errors = ""

        init(_ script: String) {
            var output = "", errors = ""
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            let shell = Shell(workingDirectory: root.path, write: { output += $0 }, writeError: { errors += $0 })
            for command in LabCommands.all { shell.registry.register(command) }
            status = (try? ScriptRunner(shell: shell).run(script, file: "lab.vsh", arguments: [])) ?? 2
            self.output = output
            self.errors = errors
        }
    }

    func rows(_ json: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func evalScoresAWrittenCorpus() throws {
        let corpus = try BridgeCorpus.write()
        let scores = try rows(Run("eval \(corpus) --format json").output)
        #expect(scores.count == 1)
        #expect(scores[0]["gold"] as? Int == 3 && scores[0]["system"] as? Int == 3 && scores[0]["correct"] as? Int == 2)
        // JSON carries every digit; only the aligned table rounds.
        #expect(abs((scores[0]["f1"] as? Double ?? 0) - 2.0 / 3) < 1e-12)
        #expect(abs((scores[0]["e2e_f1"] as? Double ?? 0) - 1.0 / 3) < 1e-12)
        let errors = Run("eval \(corpus) --errors --format tsv").output.split(separator: "\n")
        #expect(errors.first == "article\terror\tstart\tend\tkind\texpected\tfound\tcontext\tcause")
        #expect(errors.dropFirst().map { $0.split(separator: "\t")[1] } == ["false-alarm", "wrong-speaker", "miss"])
        let misses = Run("eval \(corpus) --errors --only miss --format tsv").output.split(separator: "\n")
        #expect(misses.count == 2 && misses[1].hasPrefix("bridge\tmiss\t"))
        #expect(Run("eval Scripts/articles").status == 1)
        #expect(Run("eval \(corpus) --only miss").status == 2)
    }

    /// The extractor finds the three quotes of `HarborCorpus` that `ProtocolOneTests` scores by
    /// hand, with the same figures.
    @Test func evalScoresByEitherProtocol() throws {
        let corpus = try HarborCorpus.write()
        func scores(_ option: String) throws -> [Double] {
            let row = try rows(Run("eval \(corpus) \(option) --format json").output)[0]
            return ["gold", "system", "correct", "found", "precision", "f1", "attribution", "e2e_f1"].map { row[$0] as? Double ?? -1 }
        }
        #expect(try scores("") == [2, 3, 3, 2, 1, 1, 1, 1])
        #expect(try scores("--protocol 2") == [2, 3, 3, 2, 1, 1, 1, 1])
        #expect(try scores("--protocol 1") == [1, 3, 1, 1, 1.0 / 3, 0.5, 0, 0])
        let refused = Run("eval \(corpus) --protocol 3")
        #expect(refused.status == 2 && refused.errors.contains("--protocol must be one of 1, 2"))
    }

    @Test func evalCountsTheErrorsByCause() throws {
        let corpus = try BridgeCorpus.write()
        let errors = Run("eval \(corpus) --errors --format tsv").output.split(separator: "\n")
        #expect(errors.dropFirst().map { $0.split(separator: "\t").last } == ["unannotated", "carried over", "classed as scare quote"])
        let causes = Run("eval \(corpus) --by cause --format tsv").output.split(separator: "\n")
        #expect(causes == ["error\tcause\tcount\tshare", "false-alarm\tunannotated\t1\t1",
                           "miss\tclassed as scare quote\t1\t1", "wrong-speaker\tcarried over\t1\t1"])
        #expect(Run("eval \(corpus) --by cause --only miss --format tsv").output.split(separator: "\n").count == 2)
        #expect(Run("eval \(corpus) --by cause --speakers").status == 2)
        #expect(Run("eval \(corpus) --by speaker").status == 2)
    }

    @Test func evalListsTheSpeakerEntitiesOfACorpus() throws {
        let corpus = try BridgeCorpus.write()
        try "“The ferries are full every morning,” Reyes said.\n".write(toFile: corpus + "/text/ferry.txt", atomically: true, encoding: .utf8)
        try "".write(toFile: corpus + "/attributions/ferry_a1.ann", atomically: true, encoding: .utf8)
        let speakers = try rows(Run("eval \(corpus) --speakers --format json").output)
        #expect(speakers.map { $0["speaker"] as? String } == ["Tomas Reyes", "Critics", "Elena Marsh"])
        #expect(speakers[0]["quotes"] as? Int == 2 && speakers[0]["articles"] as? Int == 2)
        #expect(speakers[0]["aliases"] as? String == "Reyes" && speakers[0]["found_in"] as? String == "bridge; ferry")
        #expect(speakers[2]["roles"] as? String == "Mayor" && speakers[2]["type"] as? String == "person")
        #expect(Run("eval \(corpus) --speakers --errors").status == 2)
        #expect(Run("eval \(corpus) --speakers --only miss").status == 2)
    }

    @Test func benchmarkReportsThroughput() throws {
        let corpus = try BridgeCorpus.write()
        let throughput = try rows(Run("benchmark \(corpus)/text --rounds 1 --format json").output)
        #expect(throughput[0]["articles"] as? Int == 1)
        #expect(throughput[0]["quotes"] as? Int == 5)
        #expect((throughput[0]["words_per_s"] as? Int ?? 0) > 0)
        #expect(Run("benchmark Scripts/articles --rounds 0").status == 2)
    }

    @Test func scoresAndTimesArticleBodiesOfPages() throws {
        let folder = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-pages-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/html", withIntermediateDirectories: true)
        let body = "The council voted on Tuesday to keep the ferry running through the winter, officials said."
        try "<html><body><nav><a href='/'>Home</a></nav><article><p>\(body)</p></article></body></html>"
            .write(toFile: folder + "/html/p1.html", atomically: true, encoding: .utf8)
        try #"{"p1": {"articleBody": "\#(body)", "url": "https://example.org/p1"}}"#
            .write(toFile: folder + "/ground-truth.json", atomically: true, encoding: .utf8)
        #expect(Run("eval-html \(folder) --format csv").output == "pages,precision,recall,f1\r\n1,1,1,1\r\n")
        #expect(Run("eval-html \(folder) --pages --format tsv").output.contains("p1\t1\t1\t1\t15\thttps://example.org/p1"))
        #expect(Run("benchmark-html \(folder) --rounds 1 --format tsv").output.hasPrefix("pages\tmegabytes\tparse_pages_per_s"))
        #expect(Run("eval-html \(folder)/html").status == 1)
    }

    @Test func helpListsThemAfterTheUsersCommandsUnderTheirHeading() throws {
        let overview = Run("help").output
        let heading = try #require(overview.range(of: "\n\(LabCommands.helpSection):\n"))
        #expect(overview.hasPrefix("Commands:\n"))
        for command in LabCommands.all {
            let line = try #require(overview.range(of: "\n  \(command.signature.name) "), "\(command.signature.name) not listed")
            #expect(line.lowerBound > heading.lowerBound)
            let help = Run("help \(command.signature.name)").output
            #expect(help.contains("Examples:"))
            #expect(!help.contains("\\\n"), "\(command.signature.name): a line of its help ends with a backslash")
            #expect(HelpPages.linesEndingEarly(in: help) == [], "\(command.signature.name): prose not wrapped afresh")
        }
        #expect(overview[..<heading.lowerBound].contains("\n  load "))
    }

    /// compare-benchmark --corpus writes its planted session as JSON Lines, each article with
    /// the outlet and date of the record it was made from, for comparing it elsewhere (Spark).
    @Test func compareBenchmarkWritesItsPlantedCorpus() throws {
        let folder = temporaryFolder()
        let stories = (0..<6).map { index in
            #"{"id": "b\#(index)", "outlet": "Harbor Daily", "date": "2026-03-0\#(index + 1)", "text": "“We will rebuild the pier \#(index) before the long winter storms return to the bay,” said Elena Marsh on Monday."}"#
        }
        try stories.joined(separator: "\n").write(toFile: folder + "/bases.jsonl", atomically: true, encoding: .utf8)
        let run = Run("compare-benchmark \(folder)/bases.jsonl --sizes 4,20 --corpus \(folder)/planted.jsonl --format tsv")
        #expect(run.status == 0 && run.output == "file\tarticles\n\(folder)/planted.jsonl\t20\n")
        let records = try String(contentsOfFile: folder + "/planted.jsonl", encoding: .utf8).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(records.count == 20 && records[7]["id"] as? String == "p7" && records[7]["date"] as? String == "2026-03-02")
        #expect((records[7]["text"] as? String)?.contains("pier 1 before") == true)
    }
}
