// Quote scanning, attribution and speakers over any text, then comparison of the result.
import Foundation
import FuzzDriver
import VerbatimCore

@_cdecl("FuzzQuotes_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let extraction = ExtractionPipeline.standard.extract(text)
    let scalars = ScalarText(text)
    for quote in extraction.quotes {
        precondition(quote.span.start >= 0 && quote.span.end <= scalars.count && quote.span.start <= quote.span.end)
        _ = scalars.string(quote.span)
    }
    var session = Session()
    session.add(ArticleSource(text: text))
    session.add(ArticleSource(text: text + "\n"))
    _ = QuoteMatcher(session).groups()
    return 0
}
