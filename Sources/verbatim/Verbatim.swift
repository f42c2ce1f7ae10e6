import ArgumentParser
import CLineEditor
import Foundation
import VerbatimCore
import VerbatimLab
import VerbatimOutletStats
import VerbatimShell

/// The `verbatim` program: the interactive shell, or a script, `-c` commands or standard input.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "A shell for checking who said what in the news.",
        usage: """
        verbatim                      interactive shell
        verbatim [run] FILE [ARG...]  run a script
        verbatim -c 'CMD; CMD'        run commands
        COMMANDS | verbatim           run commands from standard input
        verbatim batch extract [FILE...]  stream articles in, quotations out
        """,
        discussion: """
        Load articles, list their quotations and speakers, compare how outlets report the \
        same words, and save the steps as scripts. Type help at the prompt for the commands.

        Exit status: 0 ok, 1 a command failed, 2 a usage or syntax error.
        """,
        version: Shell.version)

    @Option(name: .customShort("c"), help: "Run these commands and exit.")
    var commands: String?

    @Flag(help: "Run every command of a script even after one fails.")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "Leave out status lines (loaded…, wrote…); errors are still reported.")
    var quiet = false

    @Flag(name: [.customShort("n"), .customLong("no-init")],
          help: "At the prompt, do not run the init file ($XDG_CONFIG_HOME/verbatim/init.vsh).")
    var noInit = false

    @Argument(parsing: .captureForPassthrough, help: "A script file and its arguments.")
    var script: [String] = []

    static func main() {
        holdClosedStandardStreams()
        // `verbatim batch …`, also after the options it shares (`verbatim -q batch extract`).
        let arguments = Array(CommandLine.arguments.dropFirst())
        let shared = arguments.prefix { ["-q", "--quiet"].contains($0) }
        if arguments.dropFirst(shared.count).first == "batch" {
            Batch.run(arguments: Array(arguments.dropFirst(shared.count + 1)) + (shared.isEmpty ? [] : ["--quiet"]))
        }
        // Script arguments are passed through untouched, so help is looked for first.
        if let first = CommandLine.arguments.dropFirst().first, first == "-h" || first == "--help" {
            print(helpMessage())
            Foundation.exit(0)
        }
        if CommandLine.arguments.dropFirst().first == "--version" {
            print("verbatim \(Shell.version)")
            Foundation.exit(0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            writeError(fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
    }

    func run() throws {
        _ = verbatim_use_utf8_locale()
        let status: Int32
        var arguments = script
        if arguments.first == "run" { arguments.removeFirst() }
        // Options come before the script: one after it is the script's argument, one in its
        // place is a mistake ("--bogus"), unless "--" says a file name starts with a dash.
        if arguments.first == "--" {
            arguments.removeFirst()
        } else if let first = arguments.first, first.hasPrefix("-"), first != "-" {
            throw ValidationError("unknown option \(first)")
        }
        let shell: Shell
        if let commands {
            guard arguments.isEmpty else { throw ValidationError("-c takes no script file") }
            shell = makeShell()
            status = runScript(commands, file: "-c", arguments: [], in: shell)
        } else if let file = arguments.first {
            if let mistake = Self.notAScript(file) {
                Self.writeError(Diagnostic(message: mistake.message, hint: mistake.hint).rendered)
                Foundation.exit(2)
            }
            let source: String
            do {
                source = try TextFileReader.utf8Text(file)
            } catch {
                Self.writeError(Diagnostic(message: FoundationErrorText.describe(error)).rendered)
                Foundation.exit(2)
            }
            // A "#!/usr/bin/env verbatim" first line is a comment of the command language.
            shell = makeShell()
            status = runScript(source, file: file, arguments: Array(arguments.dropFirst()), in: shell)
        } else if isatty(STDIN_FILENO) == 1 {
            shell = makeShell()
            if !noInit { Self.runInitFile(in: shell) }
            status = InteractiveShell(shell: shell).run()
        } else {
            shell = makeShell()
            status = StandardInputShell(shell: shell, keepGoing: keepGoing).run()
        }
        // What `output FILE` gathered is written however the commands ended.
        shell.finishOutput()
        // The session is left for the system to take back at exit: freeing a large one a piece
        // at a time takes a good part of the time it took to load.
        withExtendedLifetime(shell) { Foundation.exit(status) }
    }

    /// Puts /dev/null, opened the wrong way round, where the standard streams are closed
    /// (`verbatim >&-`), so that writing standard output still fails (EBADF) and says so,
    /// rather than landing in the first file or thread event descriptor the program opens.
    private static func holdClosedStandardStreams() {
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 {
            let held = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            if held >= 0, held != descriptor { close(held) }
        }
    }

    /// Runs the init file, if there is one, before the prompt: its settings (`option`) and
    /// variables stay; a failing command is reported by line and the rest still run. Scripts,
    /// `-c` and standard input do not read it, so they run alike on every machine.
    private static func runInitFile(in shell: Shell) {
        let path = UserFolder.configuration.file("init.vsh")
        guard FileManager.default.fileExists(atPath: path) else { return }
        do {
            let source = try TextFileReader.utf8Text(path)
            _ = try ScriptRunner(shell: shell, keepGoing: true).run(source, file: path, arguments: [])
        } catch ShellError.exit(let status) {
            Foundation.exit(status)
        } catch {
            shell.report(Diagnostic(message: FoundationErrorText.describe(error)))
        }
    }

    /// Why `file` is not a script, with what to type instead: a folder, or an article (a text,
    /// page or corpus by its name), which `load` reads.
    private static func notAScript(_ file: String) -> (message: String, hint: String)? {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file, isDirectory: &isFolder)
        let command = "verbatim -c \"load \(file.replacingOccurrences(of: "\"", with: "\\\""))\""
        if exists, isFolder.boolValue { return ("\(file) is a folder, not a script", "to load its articles, run: " + command) }
        if exists, ArticleLoader.isArticleFile(file) {
            return ("\(file) reads as an article, not a script (scripts are commands, one per line, in a .vsh file)",
                    "to load it, run: " + command)
        }
        return nil
    }

    /// Writes to standard error before there is a shell, made safe on a terminal as the
    /// shell's own reports are (a file or option name may hold control characters).
    static func writeError(_ text: String) {
        let shown = isatty(STDERR_FILENO) == 1 ? TerminalSafeText.escaping(text) : text
        StandardStream.writeError(shown)
    }

    private func runScript(_ source: String, file: String, arguments: [String], in shell: Shell) -> Int32 {
        do {
            return try ScriptRunner(shell: shell, keepGoing: keepGoing).run(source, file: file, arguments: arguments)
        } catch {
            return error.status
        }
    }

    /// A shell whose output is styled when standard output is a terminal and NO_COLOR is unset.
    private func makeShell() -> Shell {
        let terminal = isatty(STDOUT_FILENO) == 1
        let color = terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let shell = Shell(renderer: TableRenderer(useColor: color), isInterrupted: { verbatim_interrupt_pending() != 0 })
        shell.outputIsTerminal = terminal
        shell.terminalColumns = { TerminalSize.ofStandardOutput().columns }
        shell.errorIsTerminal = isatty(STDERR_FILENO) == 1
        shell.isQuiet = quiet
        shell.registry.register(OutletStatsCommand())
        for command in LabCommands.all { shell.registry.register(command) }
        PluginDiscovery.load(into: shell, executable: Bundle.main.executablePath)
        return shell
    }
}
