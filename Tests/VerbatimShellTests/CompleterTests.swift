import Foundation
import Testing
import VerbatimShell

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
        #expect(completer.complete("show ").candidates == ["a1", "a2", "a3"])
        #expect(completer.complete("compare a1 a").candidates == ["a1", "a2", "a3"])
        #expect(completer.complete("load Scripts/art").candidates == ["Scripts/articles/"])
        #expect(completer.complete("load Scripts/articles/h").candidates == ["Scripts/articles/harbor-daily.txt"])
        #expect(completer.complete("export quotes --to Scr").candidates == ["Scripts/"])
    }
}
