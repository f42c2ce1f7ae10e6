/// A command's arguments once options are parsed against its signature.
public struct Invocation: Sendable {
    /// The positional arguments, in order.
    public var arguments: [String]
    /// Options given with a value, by name.
    public var options: [String: String]
    /// Flags given, by name.
    public var flags: Set<String>
    /// The commands between `def` and `end`, for `def`; nil for other commands.
    public var body: [ParsedCommand]?

    public init(arguments: [String] = [], options: [String: String] = [:], flags: Set<String> = []) {
        self.arguments = arguments
        self.options = options
        self.flags = flags
    }

    /// Parses `words` (after the command name) against `signature`: `--name value`,
    /// `--name=value`, flags, and `--` before arguments that start with dashes; a word of
    /// three dashes or more names no option and is an argument ("echo ---").
    public init(parsing words: [String], for signature: CommandSignature) throws {
        self.init()
        var index = 0
        var optionsEnded = signature.takesRawArguments
        while index < words.count {
            let word = words[index]
            index += 1
            guard !optionsEnded, word.hasPrefix("--"), word == "--" || !word.utf8.allSatisfy({ $0 == UInt8(ascii: "-") }) else {
                arguments.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            let body = word.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            guard let spec = signature.option(named: name) else {
                throw ShellError.usage("unknown option --\(name)",
                                       hint: Suggestion.hint(for: name, among: signature.options.map(\.name), prefix: "--")
                                           ?? "usage: \(signature.synopsis)",
                                       subject: word)
            }
            guard let valueName = spec.valueName else {
                guard !body.contains("=") else { throw ShellError.usage("--\(name) takes no value", subject: word) }
                flags.insert(name)
                continue
            }
            let value: String
            if let equals = body.firstIndex(of: "=") {
                value = String(body[body.index(after: equals)...])
            } else {
                guard index < words.count else {
                    throw ShellError.usage("--\(name) needs a value (\(valueName))", subject: word)
                }
                value = words[index]
                index += 1
            }
            if let choices = spec.choices, !choices.contains(value) {
                throw ShellError.usage("--\(name) must be one of \(choices.joined(separator: ", ")), not \"\(value)\"",
                                       hint: Suggestion.hint(for: value, among: choices), subject: value)
            }
            if spec.takesPath { try Self.checkPath(value) }
            options[name] = value
        }
        if case .files = signature.arguments { try arguments.forEach(Self.checkPath) }
        if arguments.count < signature.minimumArguments
            || signature.maximumArguments.map({ arguments.count > $0 }) == true
        {
            let expected: String = switch (signature.minimumArguments, signature.maximumArguments) {
            case (0, 0?): "takes no arguments"
            case (let low, let high?) where low == high: "takes \(low) argument\(low == 1 ? "" : "s")"
            case (let low, nil): "needs at least \(low) argument\(low == 1 ? "" : "s")"
            case (let low, let high?): "takes \(low) to \(high) arguments"
            }
            throw ShellError.usage("\(signature.name) \(expected)", hint: "usage: \(signature.synopsis)")
        }
    }

    /// Refuses a path with a NUL character, which the C library would take for its end (so
    /// `save notes<NUL>.json` would write `notes`). Every command's file arguments and path
    /// options pass here.
    static func checkPath(_ path: String) throws {
        guard path.utf8.contains(0) else { return }
        let shown = path.replacingOccurrences(of: "\0", with: "\\0")
        throw ShellError.usage("\"\(shown)\": a path cannot contain a NUL character", subject: path)
    }

    /// The value of option `name`, if given.
    public func option(_ name: String) -> String? { options[name] }

    /// The value of option `name` as a positive whole number, or `fallback` when it is not given.
    public func positiveInteger(_ name: String, default fallback: Int) throws -> Int {
        guard let value = options[name] else { return fallback }
        guard let number = Int(value), number > 0 else {
            throw ShellError.usage("--\(name) must be a positive number, not \"\(value)\"", subject: value)
        }
        return number
    }

    /// Whether flag `name` was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The output format chosen with `--format`, or `fallback`.
    public func format(default fallback: OutputFormat = .table) -> OutputFormat {
        options["format"].flatMap(OutputFormat.init(rawValue:)) ?? fallback
    }
}
