import Foundation
import VerbatimTestSupport

/// A corpus of made-up news stories written by the tests, the same on every run: many ways of
/// quoting and attributing (before, after, inside the quote; curly, straight and doubled
/// apostrophe marks; quotes over several paragraphs; partial, scare and title quotes; pronouns,
/// roles and organisations), several outlets covering one statement in changed words, and files
/// as plain text, Windows-1252, UTF-16 and web pages.
enum FixtureCorpus {
    static let people = [("Elena", "Marsh", "Mayor"), ("Tomas", "Reyes", "Harbor Commissioner"), ("Ana", "Ferreira", "bakery owner"),
                         ("Idris", "Okafor", "Senator"), ("Mei", "Tanaka", "Health Minister"), ("Jonas", "Berg", "union leader"),
                         ("Lucía", "Gómez", "Professor"), ("Kwame", "Mensah", "police chief")]
    static let outlets = ["Harbor Daily", "Alder Gazette", "Coastline Wire", "https://www.rivertimes.example/news"]
    static let statements = [
        "The engineers told us the piers are failing faster than anyone expected",
        "We will not gamble with the lives of the people who cross it every morning",
        "Nobody on the council has seen this plan and nobody has been asked to vote on it",
        "If the bridge goes, the morning trade goes with it and so does half the street",
        "This budget is a sham dressed up as prudence, and the city knows it",
        "We have asked for the inspection reports three times and received nothing at all",
        "I will not sign anything until the families on the east bank have been heard",
        "The hospital cannot absorb another winter like the last one without more nurses",
    ]
    static let changes = [("failing", "crumbling"), ("gamble", "take chances"), ("sham", "phony"), ("nothing at all", "nothing"),
                          ("three times", "twice"), ("more nurses", "more staff")]

    /// A small deterministic generator (SplitMix64), so the corpus is the same everywhere.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// One paragraph quoting `person` in one of the shapes reporters use.
    static func paragraph(_ words: String, by person: (String, String, String), shape: Int, marks: (String, String)) -> String {
        let (first, last, role) = person
        let (open, close) = marks
        switch shape {
        case 0: return "\(open)\(words),\(close) \(last) said."
        case 1: return "\(role) \(first) \(last) said: \(open)\(words).\(close)"
        case 2: return "\(open)\(words),\(close) said \(role.lowercased()) \(first) \(last) on Tuesday."
        case 3:
            let cut = words.split(separator: " ")
            let half = cut.count / 2
            return "\(open)\(cut[..<half].joined(separator: " ")),\(close) \(last) said, \(open)\(cut[half...].joined(separator: " ")).\(close)"
        case 4: return "\(first) \(last) told reporters that the plan was \(open)\(words.split(separator: " ").prefix(5).joined(separator: " "))\(close) and left."
        case 5: return "She said it plainly. \(open)\(words).\(close)"
        case 6: return "According to \(first) \(last), \(open)\(words.lowercased()).\(close)"
        default: return "\(open)\(words).\(close)\n\n\(open)We will keep saying it,\(close) \(last) added."
        }
    }

    /// The articles as (file name, bytes).
    static func files(count: Int = 72) -> [(String, Data)] {
        var numbers = Numbers(state: 2026)
        var files: [(String, Data)] = []
        let markStyles = [("“", "”"), ("\"", "\""), ("''", "''"), ("‘", "’")]
        for index in 0..<count {
            let statement = numbers.next(statements.count)
            var words = statements[statement]
            if numbers.next(3) == 0, let change = changes.first(where: { words.contains($0.0) }) {
                words = words.replacingOccurrences(of: change.0, with: change.1)
            }
            let speaker = people[statement % people.count]
            let other = people[(statement + 1 + numbers.next(people.count - 1)) % people.count]
            let marks = markStyles[numbers.next(markStyles.count)]
            let outlet = outlets[index % outlets.count]
            let title = ["Council split over bridge", "Budget row deepens", "“Sham” budget, says \(speaker.1)", "東岸の橋 closes 🚧"][numbers.next(4)]
            var lines = [title, "", "By \(other.0) \(other.1)", "",
                         "\(speaker.2) \(speaker.0) \(speaker.1) spoke on March \(1 + index % 28), 2026, about the \"temporary\" closure.", ""]
            lines.append(paragraph(words, by: speaker, shape: numbers.next(8), marks: marks))
            lines.append("")
            let second = statements[numbers.next(statements.count)]
            lines.append(paragraph(second, by: other, shape: numbers.next(8), marks: marks))
            lines += ["", "The council will read the report, titled \(marks.0)Bridges of Tomorrow\(marks.1), next week.", "",
                      "A spokesperson for the Harbor Authority said the agency \(marks.0)welcomes scrutiny\(marks.1) of its work."]
            let text = lines.joined(separator: index % 5 == 0 ? "\r\n" : "\n") + "\n"
            let name = String(format: "story-%03d", index)
            switch index % 9 {
            case 7:
                let page = "<!DOCTYPE html><html><head><title>\(title)</title><meta property=\"og:site_name\" content=\"\(outlet)\">"
                    + "<meta property=\"article:published_time\" content=\"2026-03-\(String(format: "%02d", 1 + index % 28))T09:30:00+01:00\">"
                    + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>\(title)</h1>"
                    + lines.dropFirst(2).filter { !$0.isEmpty }.map { "<p>\($0.replacingOccurrences(of: "&", with: "&amp;"))</p>" }.joined()
                    + "</article><footer>© 2026</footer></body></html>"
                files.append((name + ".html", Data(page.utf8)))
            case 8:
                files.append((name + ".txt", Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!))
            case 6 where text.canBeConverted(to: .windowsCP1252):
                files.append((name + ".txt", text.data(using: .windowsCP1252)!))
            default:
                files.append((name + ".txt", Data(text.utf8)))
            }
        }
        return files
    }

    /// Writes the corpus, with a manifest giving outlets and dates, into a new folder; returns it.
    static func write() throws -> String {
        let folder = temporaryFolder()
        var manifest: [[String: String]] = []
        for (index, (name, bytes)) in files().enumerated() {
            try bytes.write(to: URL(fileURLWithPath: folder + "/" + name))
            guard !name.hasSuffix(".html") else { continue }
            manifest.append(["file": name, "outlet": outlets[index % outlets.count],
                             "date": ["2026-03-%02d", "2026-03-%02dT10:00:00Z", "%02d March 2026"][index % 3]
                                 .replacingOccurrences(of: "%02d", with: String(format: "%02d", 1 + index % 28))])
        }
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: URL(fileURLWithPath: folder + "/manifest.json"))
        return folder
    }
}
