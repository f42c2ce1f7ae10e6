import Foundation
import Testing
import VerbatimTestSupport

/// The program itself with an article that hides words, writes the clipboard and clears the
/// window title, and a file named with an escape sequence: shown visibly on a real terminal, passed
/// on byte for byte through pipes.
@Suite(.serialized) struct HostileOutputTests {
    static let hide = "\u{1B}[8m", clipboard = "\u{1B}]52;c;ZXZpbA==\u{07}", title = "\u{1B}]0;pwned\u{07}"

    /// A folder with the hostile article and a broken corpus whose name sets the window title
    /// (OSC 0).
    func hostileFolder() throws -> String {
        let folder = temporaryFolder()
        try "Title \(Self.clipboard)\n\n“We \(Self.hide)never\u{1B}[0m agreed,” said Ana Ferreira \u{202E}today.\n"
            .write(toFile: folder + "/hostile.txt", atomically: true, encoding: .utf8)
        try "{not json".write(toFile: folder + "/bad\(Self.title).jsonl", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func showsControlCharactersVisiblyOnATerminal() throws {
        let folder = try hostileFolder()
        let state = temporaryFolder()
        let terminal = try TerminalSession(environment: ["XDG_STATE_HOME": state, "HOME": state], directory: folder)
        try terminal.expect("verbatim> ")
        terminal.type("load hostile.txt\r")
        try terminal.expect("verbatim (1 article, 1 quote)> ")
        terminal.type("show a1\r")
        let shown = try terminal.expect("[q1 Ana Ferreira]")
        // Tab twice lists the folder's files, one of them named with an escape sequence.
        terminal.type("load \t\t")
        let listed = try terminal.expect("hostile.txt")
        terminal.type("bad*\r")
        let reported = try terminal.expect(".jsonl:1: is not JSON")
        #expect(listed.contains("bad␛]0;pwned␇.jsonl"), "\(listed.debugDescription)")
        #expect(!listed.contains(Self.title))
        #expect(shown.contains("Title ␛]52;c;ZXZpbA==␇\r\n"))
        #expect(shown.contains("We ␛[8mnever␛[0m agreed,"))
        #expect(!shown.contains(Self.hide) && !shown.contains("\u{1B}]") && !shown.contains("\u{07}"))
        #expect(reported.contains("bad␛]0;pwned␇.jsonl"), "\(reported.debugDescription)")
        #expect(!reported.contains(Self.title))
        terminal.typeEndOfInput()
        try terminal.expect("Drop them? [y/N] ")
        terminal.type("y\r")
        #expect(try terminal.exitStatus() == 0)
    }

    @Test func passesTheDataOnExactlyThroughPipes() throws {
        let folder = try hostileFolder()
        let result = try Program.run(["-c", "load hostile.txt; show a1; quotes --format tsv; load bad*"], in: folder)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("a1  Title \(Self.clipboard)\n"))
        #expect(result.output.contains("q1\ta1\tAna Ferreira\tdirect\tsaid\t“We \(Self.hide)never\u{1B}[0m agreed,”"))
        #expect(result.errors.contains("bad\(Self.title).jsonl"))
    }
}
