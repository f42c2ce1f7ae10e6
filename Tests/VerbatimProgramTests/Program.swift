import Foundation
import VerbatimTestSupport

/// The built `verbatim` program, run as a user would run it.
enum Program {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The executable beside the test bundle in the build folder.
    static let path: String = {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("verbatim").path
    }()

    /// A cache folder of the test run's own, so that plugin descriptions the program stores
    /// never land in the user's `~/.cache`.
    static let cacheFolder: String = {
        let folder = URL(fileURLWithPath: temporaryRoot).appendingPathComponent("verbatim-program-cache-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs verbatim with `arguments`, feeding `input` on standard input (pipes, not a terminal).
    /// `program` is the command that starts it.
    static func run(_ arguments: [String], input: String = "", in directory: String = projectRoot,
                    environment: [String: String] = [:], program: [String] = [path]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program[0])
        process.arguments = program.dropFirst() + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheFolder]) { $1 }
            .merging(environment) { $1 }
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errors, as: UTF8.self))
    }

    /// The command that starts the program as an ordinary user: as `nobody` through setpriv
    /// when the tests run as root (root reads every file, whatever its permissions), from a
    /// copy that `nobody` can run wherever the build folder is.
    static let asOrdinaryUser: [String] = {
        guard getuid() == 0 else { return [path] }
        let copy = temporaryFolder() + "/verbatim"
        // Copied by cp, not by this process: a program another test starts while the copy is
        // written would inherit the file open for writing, and running the copy would fail
        // with "Text file busy" for as long as that program runs.
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [path, copy]
        try! cp.run()
        cp.waitUntilExit()
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", copy]
    }()
}
