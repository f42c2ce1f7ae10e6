import Testing
@testable import VerbatimCore

/// Differences that are not a source's change: a contraction written out, a possessive spelt
/// another way, a story quoting the words someone else quoted, narration that rewords a quote
/// or shows an embedded post.
@Suite struct SameStatementTests {
    func groups(_ texts: [String]) -> [[String]] {
        var session = Session()
        for (day, text) in texts.enumerated() { session.add(ArticleSource(date: "2026-03-0\(day + 1)", text: text)) }
        return QuoteMatcher(session).groups().map { $0.map { "\($0.article):\($0.verdict.rawValue)" } }
    }

    @Test func readsContractionsAndPossessivesEitherWay() {
        func wording(_ text: String, _ reference: String) -> QuoteVerdict {
            QuoteOccurrence(comparing: text, against: reference).verdict
        }
        #expect(wording("We've got to do everything possible to improve policing", "We have got to do everything possible to improve policing")
            == .variant)
        #expect(wording("I don't know and I can't say", "I do not know and I cannot say") == .variant)
        #expect(wording("He is becoming ISIS' best recruiter", "He is becoming ISIS's best recruiter") == .variant)
        // Another word is still another word.
        #expect(wording("We've got to do everything possible to improve policing", "We had got to do everything possible to improve policing")
            == .altered)
        #expect(wording("He's the founder", "He was the founder") == .altered)
        // A long run of contractions is read without recursion (no stack to exhaust).
        let many = 200_000
        #expect(Contractions.sameWords(ArraySlice(Array(repeating: "we've", count: many)),
                                       ArraySlice((0..<many).flatMap { _ in ["we", "have"] })))
        #expect(!Contractions.sameWords(ArraySlice(Array(repeating: "we've", count: many)),
                                        ArraySlice((0..<many).flatMap { _ in ["we", "had"] })))
    }

    @Test func aSentenceQuotedWordForWordInBothStoriesShowsTheSameOccasion() {
        let said = "“The engineers told us the piers are failing faster than anyone expected,” said Mayor Elena Marsh."
        let changed = "“The engineers told us the piers are rotting faster than anyone expected,” Marsh said."
        // Everyday words, but a sentence of them word for word: one quotation, one occasion.
        let sentence = "\n\n“We are going to do what we have to do here,” she added."
        #expect(groups([said + sentence, changed + sentence]).first == ["a1:original", "a2:altered"])
        // A few everyday words in common are not enough.
        let few = "\n\n“We will see what happens,” she added."
        #expect(groups([said + few, changed + few]).first == ["a1:original", "a2:possible"])
    }

    @Test func aStoryQuotingTheInnerQuotationIsNotACutOfTheQuote() {
        #expect(groups([
            "Trump tweeted: “Crooked Hillary Clinton and her team ‘were extremely careless in their handling of very sensitive, highly classified information.’ Not fit!”",
            "FBI Director James Comey said Clinton and her team were “extremely careless in their handling of very sensitive, highly classified information.”",
        ]) == [["a1:original", "a2:possible"]])
    }

    @Test func findsThousandsOfInnerQuotations() {
        // Each inner quotation's words; how the time grows with their number is measured by
        // benchmark-hostile ("a quote of 6,000 inner quotations and a cut copy").
        let count = 3_000
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = (0..<count).map { number in
            var number = number, word = "w"
            repeat { word.append(letters[number % 26]); number /= 26 } while number > 0
            return word
        }
        var session = Session()
        session.add(ArticleSource(date: "2026-03-01", text: "“" + words.map { "‘\($0)’" }.joined(separator: " ") + ",” said Mayor Elena Marsh."))
        let matcher = QuoteMatcher(session)
        let inner = matcher.innerQuotations(of: matcher.nodes[0])
        #expect(inner.count == count && inner.allSatisfy { $0.count == 1 })
        #expect(inner.first == matcher.nodes[0].words.lowerBound..<(matcher.nodes[0].words.lowerBound + 1))
    }

    @Test func narrationThatRewordsAQuoteDidNotDropItsMarks() {
        let letter = "The FBI confirmed it was “working on matters related to former Secretary Clinton’s use of a private email server.”"
        #expect(groups([letter, "Experts were not surprised by the inquiry related to her use of a private email server, they said."])
            == [["a1:original"]])
        #expect(groups([letter, "The FBI is working on matters related to former Secretary Clinton’s use of a private email server, it said."])
            == [["a1:original", "a2:unquoted"]])
    }

    @Test func anEmbeddedPostIsNotNarration() {
        let tweet = "Another horrific attack, this time in Nice, France. Many dead and injured. When will we learn? It is only getting worse."
        #expect(groups(["Donald Trump took to Twitter, writing: “\(tweet)”",
                        "His rhetoric has been condemned.\n\n<tweet author=\"realDonaldTrump\" tweet_id=\"753720863606775809\">\(tweet)</tweet>."])
            == [["a1:original"]])
        #expect(groups(["Donald Trump took to Twitter, writing: “\(tweet)”",
                        "<tweet author=\"realDonaldTrump\">Crowds at the rally.</tweet>\n\nHe wrote that \(tweet)"])
            == [["a1:original", "a2:unquoted"]])
        // A link's end tag inside the post does not end it; <tweets> is not a post.
        #expect(groups(["Donald Trump took to Twitter, writing: “\(tweet)”",
                        "<TWEET author=\"x\"><a href=\"/p\">pic</a> \(tweet)</tweet>"]) == [["a1:original"]])
        #expect(groups(["Donald Trump took to Twitter, writing: “\(tweet)”",
                        "<tweets>list</tweets>\n\nHe wrote that \(tweet)"]) == [["a1:original", "a2:unquoted"]])
        // A post written <tweet id="1"><tweet/>, or never closed, holds no more than its paragraph.
        for post in ["<tweet tweet-id=\"661196115484643328\"><tweet/>.", "<tweet id=\"1\"/>", "<tweet id=\"2\">Crowds."] {
            #expect(groups(["Donald Trump took to Twitter, writing: “\(tweet)”", "\(post)\n\nHe wrote that \(tweet)"])
                == [["a1:original", "a2:unquoted"]], "\(post)")
        }
    }

    @Test func aQuotationCopiedInEveryStoryIsNotListedAgainForEachStory() {
        // Every story quotes one line word for word, and changes a quote of the story before
        // it: each change asks whether the two stories report one occasion, which must not
        // list the copied line's every story for each story asked about (quadratic).
        func word(_ number: Int, _ place: Int) -> String {
            let syllables = ["ka", "zo", "vi", "ru", "pe", "lo", "mi", "ta"]
            var n = number * 16 + place, result = "q"
            for _ in 0..<5 { result += syllables[n % 8]; n /= 8 }
            return result + "x"
        }
        let count = 150
        let common = (0..<12).map { word(9_999, $0) }.joined(separator: " ")
        var session = Session()
        for index in 0..<count {
            var text = "“\((0..<12).map { word(index, $0) }.joined(separator: " ")),” said Mayor Elena Marsh.\n\n“\(common),” Marsh added."
            if index > 0 {
                var changed = (0..<12).map { word(index - 1, $0) }
                changed[5] = word(index, 15)
                text += "\n\n“\(changed.joined(separator: " ")),” said Tomas Reyes."
            }
            session.add(ArticleSource(date: "2026-03-01", text: text))
        }
        let matcher = QuoteMatcher(session)
        let groups = matcher.groups()
        #expect(groups.filter { $0.count == 2 && $0[1].verdict == .altered && $0[1].evidence?.isCorroborated == true }.count == count - 1)
        let listed = matcher.corroboration.byArticle.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
        #expect(listed < 4 * count)
    }
}
