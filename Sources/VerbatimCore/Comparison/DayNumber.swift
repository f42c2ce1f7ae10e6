/// A calendar date as a count of days, so that two articles' dates can be told apart by how
/// many days lie between them.
struct DayNumber {
    /// Days since 1 March of year 0 in the proleptic Gregorian calendar.
    let value: Int

    /// The day of a date that starts "YYYY-MM-DD" (as `load` keeps dates), or nil for any
    /// other text.
    init?(_ date: String?) {
        guard let date else { return nil }
        let fields = date.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Years start in March, so the leap day ends the year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let shiftedMonth = (month + 9) % 12
        let daysBeforeMonth = (153 * shiftedMonth + 2) / 5
        value = 365 * shiftedYear + shiftedYear / 4 - shiftedYear / 100 + shiftedYear / 400 + daysBeforeMonth + day - 1
    }
}
