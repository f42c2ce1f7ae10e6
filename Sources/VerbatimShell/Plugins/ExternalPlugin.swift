import Foundation
import VerbatimCore

/// An external plugin: an executable that describes its commands and runs them over the JSON
/// protocol of Plugins/PROTOCOL.md, one process per request.
public struct ExternalPlugin: Sendable {
    /// The executable's absolute path.
    public let path: String
    /// The name the plugin gives itself.
    public let name: String
    let commands: [PluginMessages.CommandDescription]

    /// The names of the plugin's commands.
    public var commandNames: [String] { commands.map(\.name) }

    /// Runs the executable at `path` with the describe request; the one line it answers.
    static func askDescription(_ path: String, settings: PluginSettings, isInterrupted: @escaping () -> Bool) throws(PluginError) -> String {
        let fileName = (path as NSString).lastPathComponent
        let request: [String: Any] = ["protocol": PluginMessages.protocolName, "version": PluginMessages.version, "request": "describe"]
        let output = try exchange(path, name: fileName, command: nil, request: request, settings: settings, isInterrupted: isInterrupted)
        let lines = try Self.lines(of: output, plugin: fileName, command: nil)
        guard lines.count == 1, let line = lines.first else {
            throw PluginError(plugin: fileName, command: nil, reason: "answered describe with \(lines.count) lines instead of one")
        }
        return line
    }

    /// The plugin at `path` as `description`, the line it answered describe with, presents it.
    init(path: String, description line: String) throws(PluginError) {
        let fileName = (path as NSString).lastPathComponent
        let description: PluginMessages.Description
        do {
            description = try JSONDecoder().decode(PluginMessages.Description.self, from: Data(line.utf8))
        } catch {
            throw PluginError(plugin: fileName, command: nil, reason: "its description does not follow the protocol (\(JSONErrorText.describe(error)))")
        }
        guard description.type == "description", description.version == PluginMessages.version else {
            throw PluginError(plugin: fileName, command: nil,
                              reason: "speaks protocol version \(description.version); this Verbatim speaks \(PluginMessages.version)")
        }
        if let problem = description.problem {
            throw PluginError(plugin: Identifier.isValid(description.plugin) ? description.plugin : fileName, command: nil, reason: problem)
        }
        self.init(path: path, name: description.plugin, commands: description.commands)
    }

    private init(path: String, name: String, commands: [PluginMessages.CommandDescription]) {
        self.path = path
        self.name = name
        self.commands = commands
    }

    /// Runs `command` with `request`; the answer's lines, messages first and the result last.
    func call(_ command: String, request: [String: Any], settings: PluginSettings, isInterrupted: @escaping () -> Bool)
        throws(PluginError) -> [PluginMessages.Answer] {
        let output = try Self.exchange(path, name: name, command: command, request: request, settings: settings, isInterrupted: isInterrupted)
        return try Self.answers(in: output, plugin: name, command: command)
    }

    /// Checks what a plugin wrote in answer to a call, as a call does (for tests and fuzzing):
    /// nil when it follows the protocol, else why not.
    public static func problem(inAnswer output: [UInt8]) -> String? {
        do throws(PluginError) {
            _ = try answers(in: output, plugin: "plugin", command: "command")
            return nil
        } catch {
            return error.reason
        }
    }

    /// Checks a line a plugin answered describe with, as discovery does (for tests and
    /// fuzzing): nil when Verbatim can use it, else why not.
    public static func problem(inDescription line: String) -> String? {
        do throws(PluginError) {
            _ = try ExternalPlugin(path: "/plugins/plugin", description: line)
            return nil
        } catch {
            return error.reason
        }
    }

    /// The answer lines of a call's output: UTF-8 JSON lines, messages, then one result.
    private static func answers(in output: [UInt8], plugin: String, command: String) throws(PluginError) -> [PluginMessages.Answer] {
        let lines = try self.lines(of: output, plugin: plugin, command: command)
        var answers: [PluginMessages.Answer] = []
        for (index, line) in lines.enumerated() {
            do {
                answers.append(try JSONDecoder().decode(PluginMessages.Answer.self, from: Data(line.utf8)))
            } catch {
                throw PluginError(plugin: plugin, command: command,
                                  reason: "line \(index + 1) of its answer does not follow the protocol (\(JSONErrorText.describe(error)))")
            }
        }
        guard let last = answers.last, last.type == "result" else {
            throw PluginError(plugin: plugin, command: command, reason: "ended without a result line")
        }
        if let stray = answers.dropLast().firstIndex(where: { $0.type != "message" }) {
            throw PluginError(plugin: plugin, command: command,
                              reason: "line \(stray + 1) of its answer is a \"\(answers[stray].type)\"; only messages may come before the result")
        }
        return answers
    }

    /// The non-empty lines of a plugin's output, which must be UTF-8.
    private static func lines(of output: [UInt8], plugin: String, command: String?) throws(PluginError) -> [String] {
        var lines: [String] = []
        for (index, bytes) in output.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw PluginError(plugin: plugin, command: command, reason: "line \(index + 1) of its answer is not valid UTF-8")
            }
            if !line.allSatisfy(\.isWhitespace) { lines.append(line) }
        }
        return lines
    }

    /// Runs the executable with one request line; what it wrote on standard output.
    private static func exchange(_ path: String, name: String, command: String?, request: [String: Any], settings: PluginSettings,
                                 isInterrupted: @escaping () -> Bool) throws(PluginError) -> [UInt8] {
        func failure(_ reason: String) -> PluginError { PluginError(plugin: name, command: command, reason: reason) }
        guard let body = try? JSONSerialization.data(withJSONObject: request, options: [.withoutEscapingSlashes]) else {
            throw failure("the request could not be written as JSON")
        }
        let process = PluginProcess(executable: path, timeout: settings.timeout, outputLimit: settings.outputLimit, isInterrupted: isInterrupted)
        let output: PluginProcess.Output
        do {
            output = try process.run(request: Array(body) + [0x0A])
        } catch {
            switch error {
            case .cannotStart(let reason): throw failure("could not be started (\(reason))")
            case .timedOut(let seconds):
                let hint = command == nil ? "" : " (plugin timeout SECONDS sets the limit)"
                throw failure("did not finish within \(Value.format(seconds)) s and was stopped\(hint)")
            case .tooMuchOutput(let limit): throw failure("wrote more than \(limit / 1_000_000) MB and was stopped")
            case .interrupted: throw failure("interrupted")
            }
        }
        let errorTail = String(decoding: output.standardError, as: UTF8.self)
            .split(whereSeparator: \.isNewline).last.map { ": " + $0 } ?? ""
        if let signal = output.signal {
            throw failure("crashed (signal \(signal)\(signalName(signal).map { ", " + $0 } ?? ""))\(errorTail)")
        }
        if let status = output.status, status != 0 { throw failure("exited with status \(status)\(errorTail)") }
        return output.standardOutput
    }

    private static func signalName(_ signal: Int32) -> String? {
        [4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM"][signal]
    }
}

/// How plugins run: how long a call may take and how much it may write.
public struct PluginSettings: Sendable {
    /// Seconds a plugin may run before it is stopped.
    public var timeout: Double
    /// Bytes a plugin may write to its standard output.
    public var outputLimit: Int
    /// Where `plugin add` links plugins.
    public var linkFolder: String
    /// Seconds a plugin may take to describe itself when a shell starts.
    public var describeTimeout = 2.0
    /// The file that keeps what plugins answered describe (see `PluginDescriptionCache`).
    public var descriptionCache: String

    /// The defaults: 10 seconds (or `$VERBATIM_PLUGIN_TIMEOUT`), 64 MB, links in
    /// `$XDG_CONFIG_HOME/verbatim/plugins`, descriptions kept in
    /// `$XDG_CACHE_HOME/verbatim/plugin-descriptions.json`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        timeout = environment["VERBATIM_PLUGIN_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 10
        outputLimit = 64_000_000
        linkFolder = PluginDiscovery.configFolder(environment: environment)
        descriptionCache = PluginDescriptionCache.file(environment: environment)
    }
}

/// A plugin that failed: it names the plugin and, for a call, the command.
public struct PluginError: Error, Equatable, Sendable, Codable {
    public var plugin: String
    public var command: String?
    public var reason: String

    public var message: String { "plugin \(plugin)" + (command.map { ", command \($0)," } ?? "") + " " + reason }
}
