import Foundation
import Testing
import VerbatimTestSupport

/// What loading and comparing the fixture corpus gives, kept in Golden/fixture-exports.txt:
/// work on speed must leave every exported byte as it was, on any number of threads. After a
/// change meant to alter results, write the file again with
/// `VERBATIM_UPDATE_GOLDEN=1 swift test --filter GoldenExportTests` and read its diff.
@Suite struct GoldenExportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/fixture-exports.txt")

    /// The exports of a session that loaded `folder` on `jobs` threads.
    func exports(of folder: String, jobs: Int) -> String {
        let test = TestShell(workingDirectory: folder)
        test.run("load . --jobs \(jobs)")
        return ["export articles", "export quotes", "speakers --format jsonl", "compare --all --format jsonl"].map { command in
            "## \(command)\n" + test.printed(command)
        }.joined()
    }

    @Test func exportsWhatTheGoldenFileHoldsOnAnyNumberOfThreads() throws {
        let folder = try FixtureCorpus.write()
        let oneThread = exports(of: folder, jobs: 1)
        #expect(exports(of: folder, jobs: 3) == oneThread)
        if ProcessInfo.processInfo.environment["VERBATIM_UPDATE_GOLDEN"] != nil {
            try Data(oneThread.utf8).write(to: Self.golden)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        let (got, want) = (oneThread.split(separator: "\n", omittingEmptySubsequences: false),
                           expected.split(separator: "\n", omittingEmptySubsequences: false))
        let first = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
        #expect(oneThread == expected, "line \(first + 1) differs:\n  now:    \(first < got.count ? got[first] : "(end)")\n  golden: \(first < want.count ? want[first] : "(end)")")
    }
}
