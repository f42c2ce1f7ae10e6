/// One cell of a table: typed, so JSON keeps numbers as numbers and missing values as null.
public enum Value: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    /// A list, such as the runs of a word diff.
    indirect case list([Value])
    /// Named values, in order: one object in JSON.
    indirect case record([Field])

    /// One named value of a record.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var value: Value

        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// A text cell, or null when there is no text.
    public init(_ text: String?) { self = text.map(Value.text) ?? .null }

    /// An integer cell, or null.
    public init(_ integer: Int?) { self = integer.map(Value.integer) ?? .null }

    /// The value as plain text for people (the aligned table): empty for null, numbers rounded
    /// by `format`, JSON for lists and records.
    public var plainText: String {
        if case .number(let number) = self { return Self.format(number) }
        return exactText
    }

    /// The value as plain text for data formats (CSV, TSV): like `plainText`, but numbers
    /// written exactly, by `exactFormat`.
    public var exactText: String {
        switch self {
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .number(let number): Self.exactFormat(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: ""
        case .list, .record: JSONText.value(self)
        }
    }

    /// A number exactly: whole numbers an `Int` holds as integers (`2`, not `2.0`), others in
    /// the shortest form that reads back as the same number (`1.2345678901234567`, `1e-07`,
    /// `5e-324`, `1e+20`), and `inf`, `-inf` and `nan` by name.
    static func exactFormat(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? "nan" : number < 0 ? "-inf" : "inf" }
        return Int(exactly: number).map(String.init) ?? String(number)
    }

    /// Numbers with at most three decimals, without trailing zeros; whole numbers as integers
    /// when an `Int` holds them exactly, larger ones as Swift writes them (`1e+308`), and
    /// `inf`, `-inf` and `nan` by name.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? "nan" : number < 0 ? "-inf" : "inf" }
        // A number with a fraction is below 2^52, so multiplying it by 1000 cannot overflow.
        let rounded = number == number.rounded() ? number : (number * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return Int(exactly: rounded).map(String.init) ?? String(rounded) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
