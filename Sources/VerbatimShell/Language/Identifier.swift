/// The one rule for the names the command language uses: command names (built-in, plugin or
/// `def`), option names, plugin names and field names.
enum Identifier {
    /// What a name may hold, as error messages explain it.
    static let rule = "letters, digits, - and _, starting with a letter"
    /// The words a `def` … `end` block is made of; no command may be called so.
    static let reservedWords: Set<String> = ["def", "end"]

    /// Whether `name` is ASCII letters, digits, `-` and `_`, starting with a letter.
    static func isValid(_ name: String) -> Bool {
        guard let first = name.utf8.first, isLetter(first) else { return false }
        return name.utf8.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F }
    }

    /// Why `name` cannot name a command (the rule it breaks), or nil when it can.
    static func problem(withCommandName name: String) -> String? {
        if reservedWords.contains(name) { return "a word of the language" }
        return isValid(name) ? nil : rule
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
