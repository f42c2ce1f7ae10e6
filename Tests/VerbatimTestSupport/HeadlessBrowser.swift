import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Debian's headless Chromium, driven over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`): commands go to the browser's descriptor 3 and its replies and
/// events come back on descriptor 4, each one JSON message ended by a NUL byte. Tests open a
/// page, read its DOM with scripts, act on it and take screenshots, as a reader would see it.
public final class HeadlessBrowser {
    /// What went wrong talking to the browser.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// The browser found on `PATH` (`chromium`, as Debian names it), if any.
    public static let executable: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where access("\(folder)/\(name)", X_OK) == 0 { return "\(folder)/\(name)" }
        }
        return nil
    }()

    /// Whether browser tests must run (`VERBATIM_BROWSER_TESTS=required`, as CI sets it): then a
    /// missing browser fails them instead of leaving them out.
    public static let isRequired = ProcessInfo.processInfo.environment["VERBATIM_BROWSER_TESTS"] == "required"

    /// Whether browser tests run here: a browser is installed, or they are required (and fail
    /// for want of one).
    public static let testsRun = executable != nil || isRequired

    /// How long one command may take before the test fails rather than hangs.
    public var timeout: TimeInterval = 60

    /// The events received so far, oldest first: `method` and `params` of each.
    public private(set) var events: [(method: String, params: [String: Any])] = []

    private var process: pid_t = 0
    private let commands: Int32
    private let replies: Int32
    private var received: [UInt8] = []
    /// How much of `received` has been searched for a message's end.
    private var searched = 0
    private var nextID = 1
    private var page = ""
    private let profile: String

    /// Starts the browser with an empty profile and attaches to its page, with the Page,
    /// Runtime and Network domains on.
    public init(width: Int = 1280, height: Int = 1600) throws {
        guard let executable = Self.executable else {
            throw Failure(description: "no chromium on PATH (install it with Scripts/install-browser.sh)")
        }
        profile = temporaryFolder()
        var toBrowser: [Int32] = [0, 0]
        var fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe: \(errno)") }
        // Out of the way of descriptors 3 and 4, which the browser must get.
        let readEnd = fcntl(toBrowser[0], F_DUPFD, 10)
        let writeEnd = fcntl(fromBrowser[1], F_DUPFD, 10)
        Glibc.close(toBrowser[0])
        Glibc.close(fromBrowser[1])
        commands = toBrowser[1]
        replies = fromBrowser[0]
        _ = fcntl(commands, F_SETFD, FD_CLOEXEC)
        _ = fcntl(replies, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 3)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 4)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var arguments = [executable, "--headless", "--remote-debugging-pipe", "--user-data-dir=\(profile)",
                         "--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-extensions",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=\(width),\(height)", "about:blank"]
        // Chromium's sandbox refuses to start as root (CI's containers).
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&process, executable, &actions, nil, argv, environ)
        Glibc.close(readEnd)
        Glibc.close(writeEnd)
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): error \(spawned)") }
        let targets = try send("Target.getTargets", toPage: false)
        guard let infos = targets["targetInfos"] as? [[String: Any]],
              let target = infos.first(where: { $0["type"] as? String == "page" })?["targetId"] as? String else {
            throw Failure(description: "the browser has no page: \(targets)")
        }
        let attached = try send("Target.attachToTarget", ["targetId": target, "flatten": true], toPage: false)
        guard let session = attached["sessionId"] as? String else { throw Failure(description: "cannot attach: \(attached)") }
        page = session
        for domain in ["Page", "Runtime", "Network"] { try send("\(domain).enable") }
    }

    deinit {
        _ = try? send("Browser.close", toPage: false)
        Glibc.close(commands)
        Glibc.close(replies)
        var status: Int32 = 0
        if waitpid(process, &status, WNOHANG) == 0 {
            kill(process, SIGKILL)
            waitpid(process, &status, 0)
        }
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Sends one command, to the page unless `toPage` is false (then to the browser), and
    /// returns its result; events that arrive meanwhile are kept in `events`.
    @discardableResult
    public func send(_ method: String, _ parameters: [String: Any] = [:], toPage: Bool = true) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if toPage { message["sessionId"] = page }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(commands, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "the browser stopped reading (\(method))") }
            written += count
        }
        while true {
            let reply = try nextMessage(waitingFor: method)
            if reply["id"] as? Int == id {
                if let error = reply["error"] { throw Failure(description: "\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            if let event = reply["method"] as? String { events.append((event, reply["params"] as? [String: Any] ?? [:])) }
        }
    }

    /// Waits until an event named `method` arrives after the first `after` events.
    public func waitForEvent(_ method: String, after: Int) throws {
        while !events[after...].contains(where: { $0.method == method }) {
            let message = try nextMessage(waitingFor: method)
            if let event = message["method"] as? String { events.append((event, message["params"] as? [String: Any] ?? [:])) }
        }
    }

    /// Opens `url` in the page and waits for its load event (its script has run by then).
    public func open(_ url: URL) throws {
        let before = events.count
        try send("Page.navigate", ["url": url.absoluteString])
        try waitForEvent("Page.loadEventFired", after: before)
    }

    /// The value of a script run in the page (JSON-like: numbers, strings, lists, objects),
    /// waiting for it when it is a promise.
    public func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "script failed: \(exception)\n\(expression)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// A screenshot of what the page shows now, as PNG.
    public func screenshot() throws -> Data {
        let result = try send("Page.captureScreenshot", ["format": "png"])
        guard let text = result["data"] as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// The URLs the page asked for since the first `after` events (the page itself included).
    public func requests(after: Int = 0) -> [String] {
        events[after...].filter { $0.method == "Network.requestWillBeSent" }
            .compactMap { ($0.params["request"] as? [String: Any])?["url"] as? String }
    }

    private func nextMessage(waitingFor method: String) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = received[searched...].firstIndex(of: 0) {
                let message = Array(received[..<end])
                received.removeSubrange(...end)
                searched = 0
                guard let object = try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] else {
                    throw Failure(description: "not a JSON object from the browser")
                }
                return object
            }
            searched = received.count
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Failure(description: "no answer from the browser in \(Int(timeout)) s (\(method))") }
            var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(left, 1) * 1000)) >= 0 else { continue }
            guard poller.revents != 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(replies, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "the browser closed its pipe (\(method))") }
            received.append(contentsOf: buffer[..<count])
        }
    }
}
