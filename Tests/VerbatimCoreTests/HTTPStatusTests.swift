import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import VerbatimCore

@Suite struct HTTPStatusTests {
    /// An error message names a status as FoundationNetworking did before it was unlinked (a
    /// first table of phrases lost 423, 424 and 506–510, and renamed 413 and 422).
    @Test func namesEveryErrorStatusAsFoundationDid() {
        #if canImport(FoundationNetworking)
        for status in 400...599 {
            #expect(HTTPStatus.phrase(status) == HTTPURLResponse.localizedString(forStatusCode: status), "\(status)")
        }
        #endif
    }
}
