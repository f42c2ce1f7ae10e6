import VerbatimCore

/// The messages of the external plugin protocol, version 1 (see Plugins/PROTOCOL.md): one
/// JSON object per line, Verbatim's request on the plugin's standard input, the plugin's
/// answer on its standard output.
enum PluginMessages {
    static let protocolName = "verbatim-plugin"
    static let version = 1

    /// What a plugin says it offers, in answer to `describe`.
    struct Description: Decodable {
        var type: String
        var version: Int
        var plugin: String
        var commands: [CommandDescription]
    }

    struct CommandDescription: Decodable {
        var name: String
        var summary: String
        var arguments: ArgumentsDescription?
        var options: [OptionDescription]?
        /// The session data the command wants: "articles", "text" (articles with their text),
        /// "quotes", "speakers".
        var needs: [String]?
        var help: String?
        var examples: [String]?
    }

    struct ArgumentsDescription: Decodable {
        /// "articles", "quotes", "files", "words" or "none".
        var kind: String?
        var synopsis: String?
        var min: Int?
        var max: Int?
    }

    struct OptionDescription: Decodable {
        var name: String
        /// The value's name ("N"); absent for a flag.
        var value: String?
        var help: String?
        var choices: [String]?
    }

    /// One line of a plugin's answer to a call: a message, or the result (the last line).
    struct Answer: Decodable {
        var type: String
        var level: String?
        var text: String?
        var columns: [String]?
        var rows: [[JSONScalar]]?
        var changes: [Change]?
    }

    /// A change a plugin asks for.
    struct Change: Decodable {
        /// "add-quote" or "set-field".
        var change: String
        var article: String?
        /// Whole numbers; a fraction or `1e19` is an error naming the field.
        var start: WholeNumber?
        var end: WholeNumber?
        var kind: String?
        var speaker: String?
        var cue: String?
        /// For set-field: "article", "quote" or "speaker", the id (or speaker name), the field and its value.
        var on: String?
        var id: String?
        var field: String?
        var value: JSONScalar?
    }
}

/// A JSON scalar: string, number, true/false or null.
enum JSONScalar: Decodable, Equatable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    /// The scalar as a table cell.
    var value: Value {
        switch self {
        case .text(let text): .text(text)
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? .integer(Int(number)) : .number(number)
        case .bool(let flag): .bool(flag)
        case .null: .null
        }
    }

    /// The scalar as a field value; nil for null (which removes the field).
    var field: FieldValue? {
        switch self {
        case .text(let text): .text(text)
        case .number(let number): .number(number)
        case .bool(let flag): .bool(flag)
        case .null: nil
        }
    }
}
