import Foundation
import Testing
import VerbatimTestSupport

/// A read error in the middle of an article's file is reported
/// ("cannot be read (input/output error)"), not loaded as a shorter article. The error is
/// injected with an LD_PRELOAD shim compiled here (skipped without a C compiler).
@Suite struct ReadErrorTests {
    static let shim = """
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <errno.h>
    #include <stdio.h>
    #include <string.h>
    #include <unistd.h>
    ssize_t read(int fd, void *buf, size_t count) {
        static ssize_t (*real)(int, void *, size_t);
        if (!real) real = dlsym(RTLD_NEXT, "read");
        char link[64], path[4096];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, path, sizeof path - 1);
        if (n > 7) {
            path[n] = 0;
            if (strcmp(path + n - 7, "eio.txt") == 0) {
                off_t at = lseek(fd, 0, SEEK_CUR);
                if (at >= 40) { errno = EIO; return -1; }
                if (count > (size_t)(40 - at)) count = 40 - at;
            }
        }
        return real(fd, buf, count);
    }
    """

    @Test func aReadErrorMidFileFailsTheLoad() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/cc") else { return }
        let folder = temporaryFolder()
        try Self.shim.write(toFile: folder + "/eio.c", atomically: true, encoding: .utf8)
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: "/usr/bin/cc")
        cc.arguments = ["-shared", "-fPIC", "-o", folder + "/eio.so", folder + "/eio.c", "-ldl"]
        try cc.run()
        cc.waitUntilExit()
        try #require(cc.terminationStatus == 0)
        try ("The first line is the title here.\n" + String(repeating: "\"Words of the article,\" the speaker said. ", count: 50))
            .write(toFile: folder + "/eio.txt", atomically: true, encoding: .utf8)
        let result = try Program.run(["-c", "load eio.txt"], in: folder, environment: ["LD_PRELOAD": folder + "/eio.so"])
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("could not load eio.txt: cannot be read (input/output error)"), "\(result.errors)")
    }
}
