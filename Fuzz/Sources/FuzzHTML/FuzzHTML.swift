// Web pages: libxml2's parser, the body, the metadata and embedded posts.
import Foundation
import FuzzDriver
import VerbatimCore

@_cdecl("FuzzHTML_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let page = HTMLArticle(html: Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    let length = page.text.unicodeScalars.count
    for post in page.embeddedPosts { precondition(post.span.start >= 0 && post.span.end <= length) }
    return 0
}
