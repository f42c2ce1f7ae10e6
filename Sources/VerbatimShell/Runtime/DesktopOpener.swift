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
        /// Not opened: why not (no desktop, no opener, the opener failed).
        case notOpened(String)
    }

    /// The environment the opener runs in and is looked for on (`PATH`, `DISPLAY`).
    public var environment: [String: String]

    public init(environment: [String: String]) { self.environment = environment }

    /// How long the opener may take to say it failed; one still running after this is taken
    /// to be showing the file (some openers stay until the viewer closes).
    public var patience: TimeInterval = 3

    /// Hands `path` to the desktop's opener and waits a moment for it to fail; it is not
    /// waited for longer, so the shell does not wait for a browser to close.
    public func open(_ path: String) throws -> Outcome {
        #if os(macOS)
        let opener = "/usr/bin/open"
        #else
        let display = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].compactMap { $0 }.filter { !$0.isEmpty }
        guard !display.isEmpty else { return .notOpened("no desktop here (neither DISPLAY nor WAYLAND_DISPLAY is set)") }
        let search = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        guard let opener = ProgramPath.find("xdg-open", in: search) else { return .notOpened("xdg-open is not installed") }
        #endif
        let name = (opener as NSString).lastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [path]
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(patience)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if !process.isRunning, process.terminationStatus != 0 {
            return .notOpened("\(name) failed (exit status \(process.terminationStatus))")
        }
        return .opened(by: name)
    }

    /// A new, empty file for a page that has nowhere else to go (`report --open` without
    /// `--to`): `verbatim-report-XXXXXX.EXTENSION` in `folder` (an absolute path), made by
    /// `mkstemps`, so it never replaces a file.
    public static func newTemporaryFile(extension: String, in folder: String) throws -> String {
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
