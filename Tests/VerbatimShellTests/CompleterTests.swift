import Foundation
import Testing
import VerbatimShell
import VerbatimTestSupport

@Suite struct CompleterTests {
    @Test func completesCommandNamesOptionsAndValues() {
        let completer = Completer(shell: TestShell().shell)
        #expect(completer.complete("lo").candidates == ["load"])
        #expect(completer.complete("echo x; sp").candidates == ["speakers"])
        #expect(completer.complete("quotes --sp").candidates == ["--speaker", "--speaker-like"])
        #expect(completer.complete("quotes --g").candidates == ["--grep"])
        #expect(completer.complete("quotes --kind s").candidates == ["scare"])
        #expect(completer.complete("export a").candidates == ["articles"])
        #expect(completer.complete("help exp").candidates == ["export"])
        #expect(completer.complete("s").commonExtension == "")
        #expect(completer.complete("sa").commonExtension == "ve")
    }

    @Test func completesArticleIdsAndPaths() {
        let test = TestShell()
        test.run("load Scripts/articles")
        let completer = Completer(shell: test.shell)
        #expect(completer.complete("show a").candidates == ["a1", "a2", "a3", "alder-gazette"])
        #expect(completer.complete("show h").candidates == ["harbor-daily"])
        #expect(completer.complete("compare a1 a").candidates == ["a1", "a2", "a3", "alder-gazette"])
        #expect(completer.complete("load Scripts/art").candidates == ["Scripts/articles/"])
        #expect(completer.complete("load Scripts/articles/h").candidates == ["Scripts/articles/harbor-daily.txt"])
        #expect(completer.complete("export quotes --to Scr").candidates == ["Scripts/"])
        #expect(completer.complete("compare a1 a2 --against a").candidates == ["a1", "a2", "a3", "alder-gazette"])
        #expect(completer.complete("trace q1 --against h").candidates == ["harbor-daily"])
    }

    /// The words after a subcommand-like first word are completed for that word.
    @Test func completesWhatEachFirstWordTakes() {
        let completer = Completer(shell: TestShell().shell)
        #expect(completer.complete("option f").candidates == ["format"])
        #expect(completer.complete("option width f").candidates == ["full"])
        #expect(completer.complete("option format c").candidates == ["csv"])
        #expect(completer.complete("option pager o").candidates == ["off", "on"])
        #expect(completer.complete("option headers on ").candidates == [])
        #expect(completer.complete("plugin ").candidates == ["add", "remove", "timeout"])
        #expect(completer.complete("plugin add Scr").candidates == ["Scripts/"])
        #expect(completer.complete("plugin timeout ").candidates == [])
    }

    @Test func quotesPathsWithSpacesAndSortsNaturally() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/my articles", withIntermediateDirectories: true)
        for name in ["my articles/a 1.txt", "a2.txt", "a10.txt", "a1.txt", "say \"hi\".txt"] {
            try "x".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let completer = Completer(shell: TestShell(workingDirectory: folder).shell)
        #expect(completer.complete("load a").candidates == ["a1.txt", "a2.txt", "a10.txt"])
        // A folder with a space comes quoted, the quote left open for the next Tab.
        let folderCompletion = completer.complete("load my")
        #expect(folderCompletion.candidates == ["\"my articles/"] && folderCompletion.commonPrefix == "\"my articles/")
        #expect(completer.complete("load \"my articles/a").candidates == ["\"my articles/a 1.txt\""])
        #expect(completer.complete("load 'my art").candidates == ["'my articles/"])
        #expect(completer.complete("load say").candidates == [#""say \"hi\".txt""#])
        // A word after a quoted one is still a new word.
        #expect(completer.complete("load \"my articles/a 1.txt\" a1").candidates == ["a1.txt", "a10.txt"])
    }

    @Test func completesSpeakerNames() {
        let test = TestShell()
        test.run("load Scripts/articles")
        let completer = Completer(shell: test.shell)
        #expect(completer.complete("quotes --speaker Tom").candidates == ["\"Tomas Reyes\""])
        #expect(completer.complete("quotes --speaker Re").candidates == ["Reyes"])
        #expect(completer.complete("quotes --speaker \"Elena M").candidates == ["\"Elena Marsh\""])
    }
}
