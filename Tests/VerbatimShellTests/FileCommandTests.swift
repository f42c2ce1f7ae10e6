import Foundation
import Testing
@testable import VerbatimShell
import VerbatimTestSupport

/// How the commands that read and write files treat odd paths, links, manifests and
/// spreadsheet formulas.
@Suite struct FileCommandTests {
    @Test(arguments: ["save notes<NUL>.json", "open notes<NUL>.json", "load notes<NUL>.txt", "source notes<NUL>.vsh",
                      "export quotes --to notes<NUL>.csv", "export quotes --to=notes<NUL>.csv",
                      "plugin add notes<NUL>.json"])
    func refusesPathsWithANulCharacter(command: String) throws {
        let command = command.replacingOccurrences(of: "<NUL>", with: "\0")
        let folder = temporaryFolder()
        try "Notes\n\nKeep me.".write(toFile: folder + "/notes", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        #expect(test.run(command) == 2, "a usage error")
        #expect(test.errors.contains(#""notes\0."#) && test.errors.contains("a path cannot contain a NUL character"), "\(test.errors.replacingOccurrences(of: "\0", with: "<NUL>"))")
        #expect(try String(contentsOfFile: folder + "/notes", encoding: .utf8) == "Notes\n\nKeep me.")
        #expect(test.shell.session.articles.isEmpty)
    }

    @Test func loadSkipsLinksToFilesOutsideTheFolderAndSaysSo() throws {
        let folder = temporaryFolder()
        let outside = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        try "Story\n\n“Words,” she said.".write(toFile: folder + "/news/story.txt", atomically: true, encoding: .utf8)
        try "root:x:0:0".write(toFile: outside + "/passwd", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/news/leak.txt", withDestinationPath: outside + "/passwd")
        let test = TestShell(workingDirectory: folder)
        #expect(test.said("load news") == """
            skipped 1 link to a file outside its folder (load --follow-links loads it): news/leak.txt
            loaded 1 article with 1 quote (a1)

            """)
        #expect(test.said("reset; load --follow-links news").hasSuffix("loaded 2 articles with 1 quote (a1–a2)\n"))
        #expect(test.printed("help load").contains("--follow-links"))

        try FileManager.default.createDirectory(atPath: folder + "/only-links", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/only-links/leak.txt", withDestinationPath: outside + "/passwd")
        #expect(test.said("load only-links").contains(
            "load: only-links: folder holds no articles, only links to files outside it (load --follow-links loads them)"))
    }

    @Test func aGlobSkipsLinksToFilesOutsideTheMatchedFolderAndSaysSo() throws {
        let folder = temporaryFolder()
        let outside = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        try "Story\n\n“Words,” she said.".write(toFile: folder + "/news/story.txt", atomically: true, encoding: .utf8)
        try "secret".write(toFile: outside + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/news/leak.txt", withDestinationPath: outside + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/news/near.txt", withDestinationPath: "story.txt")
        let test = TestShell(workingDirectory: folder)
        // near.txt is story.txt by another name: loaded once.
        #expect(test.said("load \"news/*.txt\"") == """
            skipped 1 link to a file outside its folder (load --follow-links loads it): news/leak.txt
            skipped 1 file named twice in this load (by one path, another or a link): news/story.txt
            loaded 1 article with 1 quote (a1)

            """)
        #expect(test.said("reset; load --follow-links \"news/*.txt\"").hasSuffix("loaded 2 articles with 1 quote (a1–a2)\n"))
        #expect(test.said("reset; load \"news/l*.txt\"").contains(
            "load: news/l*.txt: matches only links to files outside their folder (load --follow-links loads them)"))
    }

    @Test func loadsAFolderNamedThroughALinkOrMatchedByAGlob() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/news", withIntermediateDirectories: true)
        try "Story\n\n“Words,” she said.".write(toFile: folder + "/news/story.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/newslink", withDestinationPath: "news")
        let test = TestShell(workingDirectory: folder)
        #expect(test.said("load newslink") == "loaded 1 article with 1 quote (a1)\n")
        #expect(test.said("reset; load newslink/").hasSuffix("\nloaded 1 article with 1 quote (a1)\n"))
        #expect(test.said("reset; load \"news*\"").hasSuffix(
            "skipped 1 file named twice in this load (by one path, another or a link): newslink/story.txt\nloaded 1 article with 1 quote (a1)\n"))
        #expect(test.shell.session.articles.map(\.file) == ["news/story.txt"])
    }

    @Test func reportsABadManifestEntryOnce() throws {
        let folder = temporaryFolder()
        for name in ["a", "b", "c"] { try "Title \(name)\n\nBody.".write(toFile: folder + "/\(name).txt", atomically: true, encoding: .utf8) }
        try "[\n{\"file\": \"a.txt\", \"outlet\": 123}\n]".write(toFile: folder + "/manifest.json", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        #expect(test.run("load .", file: "job.vsh") == 1)
        #expect(test.errors.hasPrefix("loaded 3 articles with 0 quotes (a1–a3)\njob.vsh:1:1: load: could not load ./manifest.json:2: the entry for a.txt: outlet must be text, not a number (ignored)\n"),
                "\(test.errors)")
        #expect(test.shell.session.articles.count == 3)
    }

    @Test func neutralisesSpreadsheetFormulasInCSVAndTSVUnlessRaw() throws {
        let folder = temporaryFolder()
        try "=HYPERLINK(\"http://evil\",\"x\")\n\n“Words here,” she said.".write(toFile: folder + "/f.txt", atomically: true, encoding: .utf8)
        let test = TestShell(workingDirectory: folder)
        test.run("load f.txt")
        let csv = test.printed("articles --format csv")
        #expect(csv.contains("a1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","), "\(csv)")
        #expect(test.printed("articles --format tsv").contains("a1\t'=HYPERLINK("))
        #expect(test.printed("articles --format csv --raw").contains("a1,\"=HYPERLINK("))
        #expect(test.printed("articles --format json").contains("\"=HYPERLINK("))
        test.run("export articles --format csv --to out.csv")
        #expect(try String(contentsOfFile: folder + "/out.csv", encoding: .utf8).contains(",\"'=HYPERLINK("))
        test.run("export articles --format tsv --raw --to raw.tsv")
        #expect(try String(contentsOfFile: folder + "/raw.tsv", encoding: .utf8).contains("\t=HYPERLINK("))
        #expect(test.printed("help export").contains("--raw"))
    }
}

/// A file loaded once, whatever the paths that name it.
@Suite struct LoadOnceTests {
    /// Any --jobs is taken, capped: a huge one once overflowed the batch size and crashed.
    @Test func takesAHugeNumberOfJobs() {
        let test = TestShell()
        #expect(test.run("load --jobs 9223372036854775807 Scripts/articles") == 0, "\(test.errors)")
        #expect(test.shell.session.articles.count == 3)
    }

    @Test func namesTheVerySamePathGivenTwice() {
        #expect(TestShell().said("load Scripts/articles/harbor-daily.txt Scripts/articles/harbor-daily.txt")
            == "skipped 1 file named twice in this load (by one path, another or a link): Scripts/articles/harbor-daily.txt\n"
                + "loaded 1 article with 4 quotes (a1)\n")
    }

    /// What makes a held file one file is worked out once: a session of 10,000 articles had
    /// every path resolved again at each load (166 ms a load).
    @Test func remembersWhatMakesEachLoadedFileOne() {
        let test = TestShell()
        #expect(test.run("load Scripts/articles") == 0)
        let known = test.shell.fileIdentities
        #expect(known.count == test.shell.session.articles.count && !known.isEmpty)
        #expect(test.said("load Scripts/articles").hasPrefix("skipped \(known.count) files the session already holds"))
        #expect(test.shell.fileIdentities == known)
    }

    @Test func skipsAFileTheSessionHoldsUnlessAskedAgain() throws {
        let test = TestShell()
        let folder = temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/linked.txt",
                                                   withDestinationPath: TestShell.projectRoot + "/Scripts/articles/harbor-daily.txt")
        #expect(test.said("load Scripts/articles/harbor-daily.txt Scripts/articles/../articles/harbor-daily.txt")
            == "skipped 1 file named twice in this load (by one path, another or a link): Scripts/articles/../articles/harbor-daily.txt\n"
                + "loaded 1 article with 4 quotes (a1)\n")
        #expect(test.said("load Scripts/articles \(folder)/linked.txt")
            == "skipped 2 files the session already holds (load --again loads them again): Scripts/articles/harbor-daily.txt, "
                + "\(folder)/linked.txt\nloaded 2 articles with 10 quotes and 1 scare quote or title (a2–a3)\n")
        #expect(test.run("load Scripts/articles/harbor-daily.txt") == 0 && test.shell.session.articles.count == 3)
        #expect(test.said("load --again Scripts/articles/harbor-daily.txt") == "loaded 1 article with 4 quotes (a4)\n")
        // Two articles of one name: the name is ambiguous, and says which ids it could mean.
        #expect(test.run("show harbor-daily") == 1)
        #expect(test.errors.contains("\"harbor-daily\" names 2 articles (a1, a4); name one by its id"))
        #expect(test.run("unload a1 a4; load Scripts/articles/harbor-daily.txt") == 0 && test.shell.session.articles.count == 3)
    }
}
