import CLibXML2

/// Reads a page's bytes into a libxml2 document, working around what libxml2 does with pages
/// as they are found: bytes that are all UTF-8 are read as UTF-8 whatever the page declares
/// (a wrong declaration is far likelier than Latin text that happens to be valid UTF-8); other
/// pages in the charset their HTTP headers or `<meta>` name when it keeps ASCII (libxml2 is
/// never left to pick one itself, see `PageCharset`), else with their UTF-8 kept and their
/// other bytes read as Windows-1252, as is a page whose charset fails part way (libxml2 stops
/// there, or switches to Latin-1 for the rest); a page nested deeper than libxml2 goes (it stops there) is read again with its
/// nesting capped. What libxml2 reports is collected here, never printed.
enum PageReader {
    /// Deepest nesting kept on a page libxml2 would stop reading (its own limit is 256).
    static let nestingLimit = 200

    /// Readies libxml2 for reading pages on several threads at once, as its manual asks: once,
    /// before the threads start.
    static func prepareForThreads() {
        _ = initialized
    }

    private static let initialized: Void = xmlInitParser()

    /// The document of `bytes`, nil when libxml2 finds none. `encoding` is the charset from
    /// HTTP headers, when known.
    static func document(_ bytes: [UInt8], encoding: String?) -> htmlDocPtr? {
        var bytes = bytes
        var charset = Charset.utf8
        if !TextDecoding.isPlainUTF8(bytes) {
            if let name = encoding ?? PageCharset.declared(in: bytes), PageCharset.keepsASCII(name) {
                charset = .named(name)
            } else {
                bytes = TextDecoding.repairedUTF8(bytes)
            }
        }
        var (document, problems) = read(bytes, charset)
        if problems.badEncoding {
            if let document { xmlFreeDoc(document) }
            bytes = TextDecoding.repairedUTF8(bytes)
            charset = .utf8
            (document, problems) = read(bytes, charset)
        }
        if problems.tooDeep {
            if let document { xmlFreeDoc(document) }
            (document, _) = read(NestingFlattener.flatten(bytes, limit: nestingLimit), charset)
        }
        return document
    }

    /// The charset libxml2 reads a page in.
    private enum Charset {
        /// UTF-8 whatever the page declares (read as it is: naming it would run a conversion).
        case utf8
        /// The one named by HTTP headers or the page (see `PageCharset`), which keeps ASCII.
        case named(String)
    }

    /// What went wrong while libxml2 read a page.
    private final class Problems {
        /// It met more nested elements than it allows and stopped.
        var tooDeep = false
        /// Bytes did not fit the page's charset.
        var badEncoding = false
    }

    private static func read(_ bytes: [UInt8], _ charset: Charset) -> (htmlDocPtr?, Problems) {
        let problems = Problems()
        var options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var encoding: String?
        switch charset {
        case .utf8: options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        case .named(let name): encoding = name
        }
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(problems).toOpaque(), record)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, Int32(buffer.count), nil, encoding, options) }
            }
        }
        return withExtendedLifetime(problems) { (document, problems) }
    }

    /// libxml2's error handler while a page is read: notes the problems that call for reading
    /// it again (libxml2 would otherwise print every error).
    private static let record: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let problems = Unmanaged<Problems>.fromOpaque(context).takeUnretainedValue()
        let domain = error.pointee.domain, code = error.pointee.code
        if domain == Int32(XML_FROM_PARSER.rawValue), code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) { problems.tooDeep = true }
        if domain == Int32(XML_FROM_I18N.rawValue) || code == Int32(XML_IO_ENCODER.rawValue)
            || code == Int32(XML_ERR_INVALID_ENCODING.rawValue) {
            problems.badEncoding = true
        }
    }
}
