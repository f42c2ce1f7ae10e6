import Foundation

/// Reads corpora of many articles: JSON Lines (one object per line) or a JSON array of
/// objects. Each object has `text` or `html` (a page, whose body is extracted), and may have
/// `title`, `url`, `date`, `outlet`, `byline` and `id`; its other fields are kept as the
/// article's fields. A record that cannot be read is reported by file and line, and the good
/// ones are kept. `verbatim batch extract` reads JSON Lines a record at a time through
/// `source(line:file:lineNumber:label:)`, `isBlank` and `opensArray`.
public enum CorpusReader {
    static func read(_ data: Data, file: String) throws -> (sources: [ArticleSource], problems: [LoadError]) {
        guard !data.isEmpty else { throw LoadError(file: file, reason: "is empty") }
        let body = data.starts(with: byteOrderMark) ? data.dropFirst(byteOrderMark.count) : data[...]
        if opensArray(body) { return try readArray(body, file: file) }
        var sources: [ArticleSource] = []
        var problems: [LoadError] = []
        var lineNumber = 0
        // Lines are found in the file's bytes where they lie: no copy of the whole file.
        body.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                lineNumber += 1
                guard !isBlank(line) else { continue }
                do throws(LoadError) {
                    sources.append(try source(line: line, file: file, lineNumber: lineNumber, label: String(lineNumber)))
                } catch {
                    problems.append(error)
                }
            }
        }
        if sources.isEmpty, problems.isEmpty { throw LoadError(file: file, reason: "holds no articles") }
        return (sources, problems)
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether a line of JSON Lines holds nothing but spaces, tabs and a carriage return: a
    /// line passed over, not a record.
    public static func isBlank(_ line: some Sequence<UInt8>) -> Bool {
        !line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }

    /// Whether `bytes`, after a byte-order mark and white space, open a JSON array: a corpus of
    /// one array, not of JSON Lines.
    public static func opensArray(_ bytes: some Collection<UInt8>) -> Bool {
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
        return body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "[")
    }

    /// The article of one JSON Lines record, line `lineNumber` of `file`: its `file` is
    /// `file#ID`, the ID the record's own or else `label`. An error names the file and line.
    public static func source(line: UnsafeBufferPointer<UInt8>, file: String, lineNumber: Int, label: String) throws(LoadError) -> ArticleSource {
        do {
            guard String(validating: line, as: UTF8.self) != nil else { throw CorpusProblem("is not valid UTF-8") }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(buffer: line))
            } catch {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                throw CorpusProblem("is not JSON" + (detail.map { " (\($0))" } ?? ""))
            }
            return try source(from: object, file: file, label: label)
        } catch let problem as CorpusProblem {
            throw LoadError(file: file, line: lineNumber, reason: problem.reason)
        } catch {
            throw LoadError(file: file, line: lineNumber, reason: FoundationErrorText.describe(error))
        }
    }

    private static func readArray(_ body: Data.SubSequence, file: String) throws -> (sources: [ArticleSource], problems: [LoadError]) {
        let array = try LooseJSON.parse(Data(body), as: [Any].self, file: file, expected: "a JSON array of articles")
        var sources: [ArticleSource] = []
        var problems: [LoadError] = []
        for (index, item) in array.enumerated() {
            do {
                sources.append(try source(from: item, file: file, label: String(index + 1)))
            } catch let problem as CorpusProblem {
                problems.append(LoadError(file: file, reason: "item \(index + 1) " + problem.reason))
            }
        }
        return (sources, problems)
    }

    /// The article a record describes; `label` (its line or position) names it when it has no `id`.
    private static func source(from object: Any, file: String, label: String) throws -> ArticleSource {
        guard let record = object as? [String: Any] else { throw CorpusProblem("is not a JSON object") }
        func string(_ key: String) throws -> String? {
            guard let value = record[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else { throw CorpusProblem("has a \(key) that is not a string") }
            return text
        }
        let id = record["id"].flatMap { $0 is NSNull ? nil : "\($0)" } ?? label
        var source: ArticleSource
        if let text = try string("text") {
            guard !text.isEmpty else { throw CorpusProblem("has an empty text") }
            try refuse(text, over: LoadLimits.textBytes, as: "text", "texts")
            source = ArticleSource(plainText: text, file: nil)
        } else if let html = try string("html") {
            try refuse(html, over: LoadLimits.pageBytes, as: "html", "web pages")
            guard let page = HTMLArticle(html: Array(html.utf8), encoding: "UTF-8"), !page.text.isEmpty else {
                throw CorpusProblem("has html with no article text")
            }
            source = ArticleSource(page: page, file: nil)
        } else {
            throw CorpusProblem("has neither text nor html")
        }
        // NUL is not text: a file holding one is refused as binary, so a record is too.
        guard !source.text.utf8.contains(0) else { throw CorpusProblem("has a NUL character in its text (NUL is not text)") }
        source.file = file + "#" + id
        source.title = try string("title") ?? source.title
        source.url = try string("url") ?? source.url
        source.date = try string("date") ?? source.date
        source.outlet = try string("outlet") ?? source.outlet
        source.byline = try string("byline") ?? (try string("author")) ?? source.byline
        for (key, value) in record where !["id", "text", "html", "title", "url", "date", "outlet", "byline", "author"].contains(key) {
            switch value {
            // JSON's true and false come as NSNumbers of type "c".
            case let number as NSNumber where String(cString: number.objCType) == "c": source.fields[key] = .bool(number.boolValue)
            // A number of many digits comes as an NSDecimalNumber, whose doubleValue can miss the
            // nearest Double by one unit; its text reads back exactly.
            case let number as NSNumber: source.fields[key] = .number(Double(number.description) ?? number.doubleValue)
            case let text as String: source.fields[key] = .text(text)
            default: continue
            }
        }
        return source
    }

    /// Refuses a record's text or page past the limit a file of its kind has.
    private static func refuse(_ value: String, over limit: Int, as key: String, _ kind: String) throws {
        let size = value.utf8.count
        guard size > limit else { return }
        throw CorpusProblem("has \(key) of \(LoadLimits.megabytes(roundingUp: size)); \(kind) over \(LoadLimits.megabytes(limit)) are not loaded")
    }

    private struct CorpusProblem: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
