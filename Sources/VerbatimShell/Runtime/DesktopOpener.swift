import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens a file the way the desktop opens it (`xdg-open` on Linux, `open` on macOS), for
/// `report --open`; on a machine with no desktop it says so rather than failing.
public struct DesktopOpener: Sendable {
    /// What opening gave.
    public enum Outcome: Equatable, Sendable {
        /// Handed to this opener.
        case opened(by: String)
        /// Nothing here can show it: why not.
        case noDesktop(String)
    }

    /// The environment the opener runs in and is looked for on (`PATH`, `DISPLAY`).
    public var environment: [String: String]

    public init(environment: [String: String]) { self.environment = environment }

    /// Hands `path` to the desktop's opener, which goes on by itself: the shell does not wait
    /// for a browser to close.
    public func open(_ path: String) throws -> Outcome {
        #if os(macOS)
        let opener = "/usr/bin/open"
        #else
        let display = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].compactMap { $0 }.filter { !$0.isEmpty }
        guard !display.isEmpty else { return .noDesktop("no desktop here (neither DISPLAY nor WAYLAND_DISPLAY is set)") }
        guard let opener = executable("xdg-open") else { return .noDesktop("xdg-open is not installed") }
        #endif
        // sh starts the opener in the background and ends at once, so nothing is left to reap.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" \"$1\" </dev/null >/dev/null 2>&1 &", opener, path]
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return .opened(by: (opener as NSString).lastPathComponent)
    }

    /// The path of the program `name` on `PATH`, if there is one.
    func executable(_ name: String) -> String? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// A new, empty file for a page that has nowhere else to go (`report --open` without
    /// `--to`): `verbatim-report-XXXXXX.EXTENSION` in the temporary folder, made by `mkstemps`,
    /// so it never replaces a file.
    public static func newTemporaryFile(extension: String, environment: [String: String]) throws -> String {
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/verbatim-report-XXXXXX.\(`extension`)".utf8CString)
        let suffix = Int32(`extension`.utf8.count + 1)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, suffix) }
        guard descriptor >= 0 else {
            throw ShellError.failure("cannot make a file in \(folder): \(String(cString: strerror(errno)))", subject: folder)
        }
        close(descriptor)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
