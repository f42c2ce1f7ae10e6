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

    func run(_ invocation: Invocation, in shell: Shell) throws -> CommandOutput {
        let path = invocation.arguments[0]
        let source = try TextFileReader.utf8Text(shell.absolutePath(path), name: path)
        let status = try ScriptRunner(shell: shell).run(source, file: path, arguments: Array(invocation.arguments.dropFirst()))
        if status != 0 { throw ShellError.reported(status) }
        return .none
    }
}
