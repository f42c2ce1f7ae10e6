import Foundation
import VerbatimCore

/// `source FILE [ARG...]`: runs a script file in this shell.
struct SourceCommand: Command {
    let signature = CommandSignature(
        name: "source", summary: "Run the commands of a script file in this session.",
        argumentsSynopsis: "FILE [ARG...]", arguments: .files, minimumArguments: 1, maximumArguments: nil,
        discussion: """
        The script sees ARG... as $1, $2… ($# counts them, $@ lists them); variables it sets
        stay set. It stops at its first error, which is reported as FILE:LINE.
        """,
        examples: ["source Scripts/examples/compare-outlets.vsh", "source load-folder.vsh reports"])

    /// Scripts sourced deeper than this (a script sourcing itself) stop with an error.
    static let deepestNesting = 64

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let path = invocation.arguments[0]
        guard shell.sourceChain.count < Self.deepestNesting else {
            throw ShellError.failure("scripts source one another more than \(Self.deepestNesting) deep: \(Self.loop(shell.sourceChain + [path]))",
                                     subject: path)
        }
        let source = try TextFileReader.utf8Text(shell.absolutePath(path), name: path)
        shell.sourceChain.append(path)
        defer { shell.sourceChain.removeLast() }
        let status = try ScriptRunner(shell: shell).run(source, file: path, arguments: Array(invocation.arguments.dropFirst()))
        if status != 0 { throw ShellError.reported(status) }
        return .none
    }

    /// The files that source one another, from the last time the newest one was sourced
    /// (`a.vsh → b.vsh → a.vsh …`), or the last few when no file repeats.
    private static func loop(_ chain: [String]) -> String {
        let start = chain.dropLast().lastIndex(of: chain[chain.count - 1]) ?? max(0, chain.count - 3)
        return chain[start...].joined(separator: " → ") + " …"
    }
}
