import Foundation
import Testing
import VerbatimTestSupport

/// A file that fails or changes while it is read is reported, or read whole, never loaded as
/// part of itself. The failure is injected with an LD_PRELOAD shim compiled here (skipped
/// without a C compiler): `read` of a file named `*eio.txt` fails with EIO after 40 bytes,
/// and the first `read` of a file named `*grow.txt` first appends a sentence to it.
@Suite struct ReadErrorTests {
    static let shim = """
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <errno.h>
    #include <fcntl.h>
    #include <stdio.h>
    #include <string.h>
    #include <unistd.h>
    static int ends_with(const char *path, ssize_t length, const char *end) {
        ssize_t size = (ssize_t)strlen(end);
        return length >= size && strcmp(path + length - size, end) == 0;
    }
    ssize_t read(int fd, void *buf, size_t count) {
        static ssize_t (*real)(int, void *, size_t);
        static int grown;
        if (!real) real = dlsym(RTLD_NEXT, "read");
        char link[64], path[4096];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, path, sizeof path - 1);
        if (n > 0) {
            path[n] = 0;
            if (ends_with(path, n, "eio.txt")) {
                off_t at = lseek(fd, 0, SEEK_CUR);
                if (at >= 40) { errno = EIO; return -1; }
                if (count > (size_t)(40 - at)) count = 40 - at;
            }
            if (ends_with(path, n, "grow.txt") && !grown) {
                grown = 1;
                int appending = open(path, O_WRONLY | O_APPEND);
                const char *more = " The appended sentence arrived late.";
                if (appending >= 0) { (void)!write(appending, more, strlen(more)); close(appending); }
            }
        }
        return real(fd, buf, count);
    }
    """

    /// The shim, compiled into `folder`; nil without a C compiler.
    private func compiledShim(in folder: String) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/cc") else { return nil }
        try Self.shim.write(toFile: folder + "/shim.c", atomically: true, encoding: .utf8)
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: "/usr/bin/cc")
        cc.arguments = ["-shared", "-fPIC", "-o", folder + "/shim.so", folder + "/shim.c", "-ldl"]
        try cc.run()
        cc.waitUntilExit()
        try #require(cc.terminationStatus == 0)
        return folder + "/shim.so"
    }

    @Test func aReadErrorMidFileFailsTheLoad() throws {
        let folder = temporaryFolder()
        guard let shim = try compiledShim(in: folder) else { return }
        try ("The first line is the title here.\n" + String(repeating: "\"Words of the article,\" the speaker said. ", count: 50))
            .write(toFile: folder + "/eio.txt", atomically: true, encoding: .utf8)
        let result = try Program.run(["-c", "load eio.txt"], in: folder, environment: ["LD_PRELOAD": shim])
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("could not load eio.txt: cannot be read (input/output error)"), "\(result.errors)")
    }

    @Test func aFileThatGrowsWhileReadIsReadWhole() throws {
        let folder = temporaryFolder()
        guard let shim = try compiledShim(in: folder) else { return }
        try "Title\n\nThe first sentence was there.".write(toFile: folder + "/grow.txt", atomically: true, encoding: .utf8)
        let result = try Program.run(["-c", "load grow.txt; show a1"], in: folder, environment: ["LD_PRELOAD": shim])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("The first sentence was there. The appended sentence arrived late."), "\(result.output)")
    }
}
