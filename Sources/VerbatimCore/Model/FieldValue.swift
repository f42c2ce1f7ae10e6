/// A value a plugin (or a user) adds to an article, quote or speaker: text, a number or a
/// truth value, kept as a JSON scalar in session files.
public enum FieldValue: Hashable, Sendable, Codable {
    case text(String)
    case number(Double)
    case bool(Bool)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        }
    }
}

/// Fields added to a record, by name.
public typealias Fields = [String: FieldValue]
