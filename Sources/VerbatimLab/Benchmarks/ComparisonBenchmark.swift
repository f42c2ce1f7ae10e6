import Foundation
import VerbatimCore

/// Builds sessions of many articles from real texts, plants copies of their quotations in
/// other articles with known changes (verbatim, variant, altered, trimmed, extended, unquoted,
/// misattributed), times `QuoteMatcher.groups()` — what `compare --all` runs — and scores its
/// verdicts on the planted copies.
///
/// Article *i* is base text *i* mod *n*, so larger sessions repeat the texts (later copies are
/// verbatim copies of earlier ones); a share of the articles get one extra closing paragraph
/// carrying a quote of an earlier article of another base text, changed one way, and an
/// opening paragraph with another direct quote of that article as it is, as a story of the
/// same event has (articles with no other are not copied from). Each quote is copied at most
/// once, so a large session plants fewer than its share when quotes run out.
public struct ComparisonBenchmark: Sendable {
    /// What one session measured.
    public struct Result: Sendable {
        public var articles: Int
        /// Words in the session, as the matcher counts them.
        public var words: Int
        public var planted: Int
        public var seconds: Double
        /// Quotations found in more than one place.
        public var repeatedQuotations: Int
        /// Verdicts on planted paragraphs that are right (expected verdict, judged against the
        /// copied quote's text), over all verdicts given there.
        public var precision: Double
        /// Planted copies given the right verdict, over all planted.
        public var recall: Double
        /// Verdicts between identical copies of one text that are verbatim.
        public var copiesVerbatim: Double
        /// How often each planted change got each verdict ("altered→trimmed"); "→none" when
        /// the planted paragraph got no verdict, "→wrong reference" when judged against
        /// another quotation.
        public var confusions: [String: Int]
        /// Recall by the copied quote's length, one entry per bucket of `lengthBuckets`.
        public var byLength: [LengthRecall]
    }

    /// Recall on planted copies of quotes of one range of lengths, in all and for the altered
    /// copies alone (two words replaced).
    public struct LengthRecall: Sendable {
        public var words: ClosedRange<Int>
        public var planted = 0
        public var found = 0
        public var alteredPlanted = 0
        public var alteredFound = 0
    }

    /// The quote lengths, in words, that recall is reported by.
    public static let lengthBuckets: [ClosedRange<Int>] = [1...5, 6...10, 11...20, 21...Int.max]

    private struct Base: Sendable {
        var text: String
        /// The quotes fit for copying with a change.
        var quotes: [PlantedQuote.Source]
        /// The quotes a story of the same event may carry beside it: direct, 8 to 60 words,
        /// by anyone.
        var companions: [PlantedQuote.Source]
    }

    private let bases: [Base]
    private let people: [String]
    private let vocabulary: [String]

    /// Extracts each text once.
    public init(texts: [String]) {
        bases = texts.map { text in
            let extraction = ExtractionPipeline.standard.extract(text)
            return Base(text: text, quotes: Self.sources(in: extraction), companions: Self.sources(in: extraction, byAnyone: true))
        }
        people = Array(Set(bases.flatMap { $0.quotes.map(\.speaker) })).sorted()
        vocabulary = Array(Set(texts.prefix(50).flatMap { $0.split(separator: " ").map { $0.lowercased() } }
            .filter { $0.count > 3 && $0.allSatisfy(\.isLetter) })).sorted()
    }

    /// Quotes fit for copying: direct, 8 to 60 words, by a person with a full name (unless
    /// `byAnyone`), without quote marks inside.
    private static func sources(in extraction: Extraction, byAnyone: Bool = false) -> [PlantedQuote.Source] {
        let organizations = Set(extraction.speakers.filter(\.isOrganization).map(\.name))
        let marks = CharacterSet(charactersIn: "“”\"'’‘ ,.")
        return extraction.quotes.compactMap { quote in
            guard quote.kind == .direct else { return nil }
            let speaker = quote.speaker ?? "an aide"
            guard byAnyone || speaker.contains(" ") && QuoteMatcher.isPersonalName(speaker) && !organizations.contains(speaker) else {
                return nil
            }
            let words = quote.text.trimmingCharacters(in: marks)
            let count = words.split(separator: " ").count
            guard (8...60).contains(count), !words.contains(where: { "“”‘\"\n".contains($0) }), !words.contains("''") else { return nil }
            return PlantedQuote.Source(words: words, speaker: speaker)
        }
    }

    /// Builds a session of `count` articles, plants copies in `plantedShare` of them, and
    /// times the grouping.
    public func run(articles count: Int, plantedShare: Double = 0.2, seed: UInt64 = 1) -> Result {
        let (sources, planted) = corpus(articles: count, plantedShare: plantedShare, seed: seed)
        var session = Session()
        for source in sources { session.add(source) }
        var groups: [[QuoteOccurrence]] = []
        var words = 0
        let seconds = Stopwatch.seconds {
            let matcher = QuoteMatcher(session)
            words = matcher.wordCount
            groups = matcher.groups()
        }
        var result = score(groups, planted: planted)
        result.articles = count
        result.words = words
        result.seconds = seconds
        return result
    }

    /// The articles of a session of `count`, as `run` builds it: article *i* from text *i* mod
    /// the number of texts, named "i.txt", copies planted in `plantedShare` of them.
    public func sources(articles count: Int, plantedShare: Double = 0.2, seed: UInt64 = 1) -> [ArticleSource] {
        corpus(articles: count, plantedShare: plantedShare, seed: seed).sources
    }

    /// The articles of a session of `count` and the copies planted in them.
    private func corpus(articles count: Int, plantedShare: Double = 0.2, seed: UInt64 = 1) -> (sources: [ArticleSource], planted: [PlantedQuote]) {
        var random = SplitMix64(seed: seed)
        var used = Set<String>()
        var sources: [ArticleSource] = []
        var planted: [PlantedQuote] = []
        for index in 0..<count {
            let base = bases[index % bases.count]
            guard index > bases.count / 2, Double(random.next() % 1000) < plantedShare * 1000,
                  let plant = plantedQuote(into: index, random: &random, kind: planted.count, used: &used) else {
                sources.append(ArticleSource(file: "\(index).txt", text: base.text))
                continue
            }
            let paragraph = PlantedQuote.paragraph(plant.source, change: plant.change, other: plant.other,
                                                   filler: sentence(of: 8, random: &random))
            // The story also quotes another line of the occasion, as reports of one event do: in
            // its opening paragraph, away from the planted one.
            let companion = PlantedQuote.paragraph(plant.companion, change: .verbatim, other: "", filler: []) + "\n\n"
            let text = companion + base.text + "\n\n" + paragraph
            let start = companion.unicodeScalars.count + base.text.unicodeScalars.count + 2
            planted.append(PlantedQuote(change: plant.change, article: index,
                                        paragraph: TextSpan(start, start + paragraph.unicodeScalars.count),
                                        sourceBase: plant.sourceBase, sourceWords: plant.source.words))
            sources.append(ArticleSource(file: "\(index).txt", text: text))
        }
        return (sources, planted)
    }

    /// Words drawn from the texts' vocabulary, as a sentence without its stop: "Caucus twelve budget …".
    private func sentence(of count: Int, random: inout SplitMix64) -> [String] {
        var words = (0..<count).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        return words
    }

    /// A quote of an earlier article of another base, the change to make, another person, and
    /// another quote of that article to copy as it is.
    private func plantedQuote(into index: Int, random: inout SplitMix64, kind: Int, used: inout Set<String>)
        -> (source: PlantedQuote.Source, change: PlantedQuote.Change, other: String, sourceBase: Int,
            companion: PlantedQuote.Source)? {
        for _ in 0..<20 {
            let sourceBase = Int(random.next() % UInt64(min(index, bases.count)))
            guard sourceBase != index % bases.count, !bases[sourceBase].quotes.isEmpty else { continue }
            let quotes = bases[sourceBase].quotes
            let source = quotes[Int(random.next() % UInt64(quotes.count))]
            // Each quote is copied once, so no two planted paragraphs are copies of each other,
            // and never into an article that quotes the same words already (it would be the
            // article's own repeat).
            let target = bases[index % bases.count].quotes
            func isFree(_ quote: PlantedQuote.Source) -> Bool {
                !used.contains(quote.words)
                    && !target.contains(where: { QuoteOccurrence(comparing: $0.words, against: quote.words).similarity >= 0.5 })
            }
            guard isFree(source) else { continue }
            let surname = SpeakerDirectory.lastWord(of: source.speaker).lowercased()
            let other = people[Int(random.next() % UInt64(people.count))]
            guard SpeakerDirectory.lastWord(of: other).lowercased() != surname else { continue }
            let others = bases[sourceBase].companions.filter { $0.words != source.words && isFree($0) }
            guard !others.isEmpty else { continue }
            let companion = others[Int(random.next() % UInt64(others.count))]
            used.insert(source.words)
            used.insert(companion.words)
            let changes = PlantedQuote.Change.allCases
            return (source, changes[kind % changes.count], other, sourceBase, companion)
        }
        return nil
    }

    private func score(_ groups: [[QuoteOccurrence]], planted: [PlantedQuote]) -> Result {
        let byArticle = Dictionary(uniqueKeysWithValues: planted.map { ($0.article, $0) })
        func index(_ id: String) -> Int { Int(id.dropFirst())! - 1 }
        var given = 0, right = 0, copies = 0, verbatimCopies = 0
        var found = Set<Int>()
        var confusions: [String: Int] = [:]
        var judged = Set<Int>()
        for group in groups {
            for occurrence in group {
                let article = index(occurrence.article)
                let reference = occurrence.reference.map { group[$0] }
                if let plant = byArticle[article], plant.paragraph.start < occurrence.span.end, occurrence.span.start < plant.paragraph.end {
                    given += 1
                    judged.insert(article)
                    let rightSource = reference.map { index($0.article) % bases.count == plant.sourceBase
                        || QuoteOccurrence(comparing: $0.text, against: plant.sourceWords).verdict == .verbatim } ?? false
                    let outcome = rightSource ? occurrence.verdict.rawValue : "wrong reference (\(occurrence.verdict.rawValue))"
                    confusions[plant.change.rawValue + "→" + outcome, default: 0] += 1
                    if rightSource, occurrence.verdict.rawValue == plant.change.rawValue {
                        right += 1
                        found.insert(article)
                    }
                } else if let reference, index(reference.article) % bases.count == article % bases.count,
                          reference.span == occurrence.span {
                    copies += 1
                    if occurrence.verdict == .verbatim { verbatimCopies += 1 }
                }
            }
        }
        for plant in planted where !judged.contains(plant.article) { confusions[plant.change.rawValue + "→none", default: 0] += 1 }
        var byLength = Self.lengthBuckets.map { LengthRecall(words: $0) }
        for plant in planted {
            let length = plant.sourceWords.split(separator: " ").count
            guard let bucket = byLength.firstIndex(where: { $0.words.contains(length) }) else { continue }
            let wasFound = found.contains(plant.article) ? 1 : 0
            byLength[bucket].planted += 1
            byLength[bucket].found += wasFound
            if plant.change == .altered {
                byLength[bucket].alteredPlanted += 1
                byLength[bucket].alteredFound += wasFound
            }
        }
        return Result(articles: 0, words: 0, planted: planted.count, seconds: 0,
                      repeatedQuotations: groups.filter { $0.count > 1 }.count,
                      precision: given == 0 ? 0 : Double(right) / Double(given),
                      recall: planted.isEmpty ? 0 : Double(found.count) / Double(planted.count),
                      copiesVerbatim: copies == 0 ? 1 : Double(verbatimCopies) / Double(copies), confusions: confusions,
                      byLength: byLength)
    }
}
