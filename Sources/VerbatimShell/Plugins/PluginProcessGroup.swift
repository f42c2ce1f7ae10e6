import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plugin process started as the leader of a process group of its own, so that stopping the
/// plugin stops whatever it started too, and Ctrl-C at the terminal reaches Verbatim alone.
struct PluginProcessGroup {
    /// The plugin's process id, which is also the group's id.
    let leader: pid_t
    /// How long the group has between SIGTERM and SIGKILL.
    static let grace = 1.0

    /// Asks every process of the group to stop (SIGTERM), gives the leader `grace` seconds to
    /// exit, then kills (SIGKILL) what is left and reaps the leader.
    func stop() {
        killpg(leader, SIGTERM)
        let deadline = Date().addingTimeInterval(Self.grace)
        var status: Int32 = 0
        var reaped = false
        while !reaped, Date() < deadline {
            let done = waitpid(leader, &status, WNOHANG)
            reaped = done == leader || (done < 0 && errno != EINTR)
            if !reaped { usleep(5000) }
        }
        killpg(leader, SIGKILL)
        while !reaped {
            let done = waitpid(leader, &status, 0)
            reaped = done == leader || (done < 0 && errno != EINTR)
        }
    }

    /// Asks what the leader left running when it exited (children that may still hold its
    /// output) to stop, and kills what is left after `grace` seconds, on a thread of its own:
    /// the shell does not wait for them.
    func stopLeftovers() {
        guard killpg(leader, SIGTERM) == 0 else { return }
        let group = leader
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: Self.grace)
            killpg(group, SIGKILL)
        }
    }

    /// The leader's exit status, or the signal that ended it, once it has ended (reaping
    /// it); nil while it runs.
    func exit() -> (status: Int32?, signal: Int32?)? {
        var status: Int32 = 0
        let done = waitpid(leader, &status, WNOHANG)
        if done == 0 || (done < 0 && errno == EINTR) { return nil }
        guard done == leader else { return (nil, nil) }
        let signal = status & 0x7f
        return signal == 0 ? ((status >> 8) & 0xff, nil) : (nil, signal)
    }
}
