/// The checks a session read from a file must pass before it is used, so that nothing in a
/// damaged or hand-edited file can trap later: ids are `a1`, `q2`… and used once, the next ids
/// lie past every id in the file and within `largestNumber`, texts are within
/// `LoadLimits.textBytes` as `load` keeps them, spans lie inside their text and
/// speakers' quote counts are between 0 and `largestNumber` (summed, they saturate).
extension Session {
    /// The largest id number or quote count a session may hold (2^53, which a JSON number
    /// holds exactly); far beyond any real session, and far enough below `Int.max` that
    /// counting on from it cannot overflow. Adding past it is refused, so every session
    /// `save` writes opens again.
    public static let largestNumber = 1 << 53

    /// What is wrong with a session read from a file, if anything, as a phrase that follows
    /// "is damaged: ".
    var inconsistency: String? {
        for (name, next) in [("nextArticleNumber", nextArticleNumber), ("nextQuoteNumber", nextQuoteNumber)]
        where !(1...Self.largestNumber).contains(next) {
            return "its \(name) is \(next), which is not between 1 and \(Self.largestNumber)"
        }
        var lengths: [String: Int] = [:]
        for article in articles {
            guard let number = Self.number(in: article.id, after: "a") else { return "\(Self.shown(article.id)) is not an article id (a1, a2…)" }
            guard lengths[article.id] == nil else { return "article id \(article.id) is used twice" }
            guard number < nextArticleNumber else { return "article \(article.id) is numbered past the next id" }
            let bytes = article.text.utf8.count
            guard bytes <= LoadLimits.textBytes else {
                return "the text of \(article.id) is \(LoadLimits.megabytes(roundingUp: bytes)); texts over "
                    + "\(LoadLimits.megabytes(LoadLimits.textBytes)) are not loaded"
            }
            let length = article.text.unicodeScalars.count
            lengths[article.id] = length
            for span in article.paragraphs + article.embeddedPosts.map(\.span) where !span.fits(length) {
                return "a span of \(article.id) lies outside its text"
            }
            for speaker in article.speakers where !(0...Self.largestNumber).contains(speaker.quoteCount) {
                return "\(article.id) counts \(speaker.quoteCount) quotes of \(speaker.name), which is not between 0 and \(Self.largestNumber)"
            }
        }
        var quoteIDs = Set<String>()
        for quote in quotes {
            guard let number = Self.number(in: quote.id, after: "q") else { return "\(Self.shown(quote.id)) is not a quote id (q1, q2…)" }
            guard quoteIDs.insert(quote.id).inserted else { return "quote id \(quote.id) is used twice" }
            guard number < nextQuoteNumber else { return "quote \(quote.id) is numbered past the next id" }
            guard let length = lengths[quote.article] else { return "quote \(quote.id) belongs to no article" }
            guard quote.span.fits(length), quote.speakerMention?.fits(length) ?? true else {
                return "quote \(quote.id) lies outside the text of \(quote.article)"
            }
        }
        return nil
    }

    /// The number of an id written `prefix` then digits without a leading zero, if it is one.
    private static func number(in id: String, after prefix: Unicode.Scalar) -> Int? {
        let scalars = id.unicodeScalars
        guard scalars.first == prefix, let first = scalars.dropFirst().first, first != "0",
              scalars.dropFirst().allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(String(scalars.dropFirst()))
    }

    /// An id quoted for a message, its control characters shown as `?`.
    private static func shown(_ id: String) -> String {
        "\"" + String(String.UnicodeScalarView(id.unicodeScalars.prefix(40).map { $0.properties.generalCategory == .control ? "?" : $0 })) + "\""
    }
}
