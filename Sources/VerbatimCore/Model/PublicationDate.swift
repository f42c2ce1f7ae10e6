import Foundation

/// Publication dates written one way, so that sources can be put in time order by comparing
/// them: `2019-11-19` for a day, `2019-11-19T13:03:00Z` for a moment with a time zone
/// (converted to UTC: `2019-11-19T14:03:00+01:00` is `2019-11-19T13:03:00Z`), and
/// `2019-11-19T02:24:00` for a time whose zone the source does not give. ISO 8601 (with `T` or
/// a space, seconds and fractions optional, `Z`, `UTC`, `GMT` or an offset) and the e-mail and
/// HTTP form (`Tue, 19 Nov 2019 13:03:00 GMT`) are read; other text is kept as it is.
public enum PublicationDate {
    /// `text` written the one way, or as it is when it is not a date read here.
    public static func normalized(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return iso(trimmed) ?? email(trimmed) ?? trimmed
    }

    /// A date read from ISO 8601 text.
    private static func iso(_ text: String) -> String? {
        var reader = Reader(Array(text.unicodeScalars))
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
              let day = reader.number(2) else { return nil }
        guard !reader.isAtEnd else { return Self.day(year, month, day) }
        guard reader.skip("T") || reader.skip("t") || reader.skip(" "), let hour = reader.number(2), reader.skip(":"),
              let minute = reader.number(2) else { return nil }
        var second = 0
        if reader.skip(":") {
            guard let seconds = reader.number(2) else { return nil }
            second = seconds
            if reader.skip(".") || reader.skip(",") { guard reader.digits() > 0 else { return nil } }
        }
        reader.skipSpaces()
        let offset = reader.zone()
        guard reader.isAtEnd else { return nil }
        return moment(year, month, day, hour, minute, second, offset: offset)
    }

    /// A date read from the e-mail and HTTP form: `[Tue, ]19 Nov 2019 13:03[:00] GMT`.
    private static func email(_ text: String) -> String? {
        var reader = Reader(Array(text.unicodeScalars))
        if let comma = reader.scalars.firstIndex(of: ","), comma <= 9 { reader.index = comma + 1 }
        reader.skipSpaces()
        guard let day = reader.number(1...2) else { return nil }
        reader.skipSpaces()
        guard let name = reader.letters(), let month = months.firstIndex(of: name.lowercased().prefix(3).description).map({ $0 + 1 }) else { return nil }
        reader.skipSpaces()
        guard let year = reader.number(4) else { return nil }
        reader.skipSpaces()
        guard !reader.isAtEnd else { return Self.day(year, month, day) }
        guard let hour = reader.number(1...2), reader.skip(":"), let minute = reader.number(2) else { return nil }
        var second = 0
        if reader.skip(":") {
            guard let seconds = reader.number(2) else { return nil }
            second = seconds
        }
        reader.skipSpaces()
        let offset = reader.zone()
        guard reader.isAtEnd else { return nil }
        return moment(year, month, day, hour, minute, second, offset: offset)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func components(_ year: Int, _ month: Int, _ day: Int) -> DateComponents? {
        let components = DateComponents(calendar: utcCalendar, year: year, month: month, day: day)
        return components.isValidDate ? components : nil
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> String? {
        components(year, month, day).map { _ in String(format: "%04d-%02d-%02d", year, month, day) }
    }

    /// The moment, in UTC when its offset (seconds east of UTC) is known.
    private static func moment(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int,
                               offset: Int?) -> String? {
        guard components(year, month, day) != nil, (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else {
            return nil
        }
        guard let offset else { return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second) }
        var moment = DateComponents(calendar: utcCalendar, year: year, month: month, day: day, hour: hour, minute: minute,
                                    second: min(second, 59))
        moment.timeZone = TimeZone(identifier: "UTC")
        guard let date = utcCalendar.date(from: moment)?.addingTimeInterval(TimeInterval(-offset)) else { return nil }
        let utc = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", utc.year!, utc.month!, utc.day!, utc.hour!, utc.minute!, utc.second!)
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Reads a date's text scalar by scalar.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var isAtEnd: Bool { index == scalars.count }

        mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() { while index < scalars.count, scalars[index] == " " { index += 1 } }

        /// A number of exactly `count` ASCII digits.
        mutating func number(_ count: Int) -> Int? { number(count...count) }

        /// A number of `counts` ASCII digits (as many as there are, within them).
        mutating func number(_ counts: ClosedRange<Int>) -> Int? {
            var value = 0, taken = 0
            while index + taken < scalars.count, taken < counts.upperBound, let digit = scalars[index + taken].asciiDigit {
                value = value * 10 + digit
                taken += 1
            }
            guard counts.contains(taken) else { return nil }
            index += taken
            return value
        }

        /// Skips ASCII digits; how many.
        mutating func digits() -> Int {
            let start = index
            while index < scalars.count, scalars[index].asciiDigit != nil { index += 1 }
            return index - start
        }

        /// ASCII letters.
        mutating func letters() -> String? {
            let start = index
            while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic { index += 1 }
            return index > start ? String(String.UnicodeScalarView(scalars[start..<index])) : nil
        }

        /// A time zone: Z, UTC, GMT, UT, or +HH:MM, +HHMM, +HH; its offset in seconds east of
        /// UTC, or nil when there is none (the reader then stays where it was).
        mutating func zone() -> Int? {
            let start = index
            if let name = letters() {
                if ["z", "utc", "gmt", "ut"].contains(name.lowercased()) { return 0 }
                index = start
                return nil
            }
            let sign: Int
            if skip("+") { sign = 1 } else if skip("-") || skip("\u{2212}") { sign = -1 } else { return nil }
            guard let hours = number(2), hours <= 14 else {
                index = start
                return nil
            }
            _ = skip(":")
            let minutes = number(2) ?? 0
            return sign * (hours * 3600 + minutes * 60)
        }
    }
}

private extension Unicode.Scalar {
    /// The value of an ASCII digit.
    var asciiDigit: Int? { ("0"..."9").contains(self) ? Int(value - 48) : nil }
}
