// Corpora: JSON Lines and JSON arrays of articles.
import Foundation
import FuzzDriver
import VerbatimCore

@_cdecl("FuzzCorpus_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ArticleLoader.corpus(Data(bytes: data, count: size), name: "fuzz.jsonl")
    return 0
}
