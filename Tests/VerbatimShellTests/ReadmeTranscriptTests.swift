import Foundation
import Testing
import VerbatimShell
import VerbatimTestSupport

/// The session shown at the top of the README is a real run: each command after a prompt is
/// run, and what it writes (standard output and standard error, as a terminal shows them)
/// must be the lines that follow it. `VERBATIM_UPDATE_README=1 swift test --filter
/// ReadmeTranscriptTests` writes the fresh transcript into the README instead.
@Suite struct ReadmeTranscriptTests {
    static let readme = TestShell.projectRoot + "/README.md"

    @Test func readmeSessionIsWhatTheProgramPrints() throws {
        let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "```console"), "the README has no console block")
        let end = try #require(lines[(start + 1)...].firstIndex(of: "```"))
        let shown = Array(lines[(start + 1)..<end])
        let fresh = try Self.transcript(of: shown.compactMap(Self.command))
        if ProcessInfo.processInfo.environment["VERBATIM_UPDATE_README"] == "1" {
            let updated = lines[...start] + fresh + lines[end...]
            try updated.joined(separator: "\n").write(toFile: Self.readme, atomically: true, encoding: .utf8)
        } else {
            #expect(shown == fresh, "the README's session is stale: run VERBATIM_UPDATE_README=1 swift test --filter ReadmeTranscriptTests")
        }
    }

    /// The command typed after a prompt line's prompt, if it is one.
    static func command(_ line: String) -> String? {
        guard line.hasPrefix("verbatim"), let prompt = line.range(of: "> ") else { return nil }
        return String(line[prompt.upperBound...])
    }

    /// The session as the prompt shows it: the banner, then each prompt, command and output.
    /// It runs in a scratch folder where `Scripts` is the project's, so files it writes stay there.
    static func transcript(of commands: [String]) throws -> [String] {
        let folder = temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/Scripts", withDestinationPath: TestShell.projectRoot + "/Scripts")
        var screen = ""
        let shell = Shell(workingDirectory: folder, write: { screen += $0 }, writeError: { screen += $0 })
        // A terminal 100 columns wide.
        shell.outputIsTerminal = true
        shell.terminalColumns = { 100 }
        var lines = ["$ verbatim", "Verbatim: who said what in the news. Type help for commands, Ctrl-D to leave."]
        for command in commands {
            let articles = shell.session.articles.count
            let quotes = shell.session.quotes.filter(\.kind.isSpeech).count
            lines.append((articles == 0 ? "verbatim> " : "verbatim (\(articles) articles, \(quotes) quotes)> ") + command)
            screen = ""
            _ = try CommandLoop(shell: shell, file: nil).run(source: command)
            // A terminal shows a CSV row's "\r\n" as a line end.
            lines += screen.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").dropLast()
        }
        return lines
    }
}
