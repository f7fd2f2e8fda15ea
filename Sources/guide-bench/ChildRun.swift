#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// One run of a program with its own peak memory, for fzf's figure next to ours.
///
/// The peak comes from GNU time (`/usr/bin/time -f %M`), not from `wait4`: `posix_spawn` (and so
/// Foundation's `Process`) starts the child with `vfork` semantics, and Linux keeps the larger of
/// the old and new peak across `execve`, so the child's `ru_maxrss` would be this benchmark's own
/// gigabytes. GNU time forks from its own small process, so what it reports is the child's alone.
struct ChildRun {
    let status: Int32
    /// Peak resident set size of the child in megabytes; nil without GNU time.
    let peakRSSMegabytes: Double?

    static let gnuTime = "/usr/bin/time"

    /// Runs `executable` with standard input from `input` and standard output to `output`
    /// (standard error is discarded), waiting for it to finish.
    static func run(_ executable: String, _ arguments: [String], input: String, output: String) throws -> ChildRun {
        let measured = FileManager.default.isExecutableFile(atPath: gnuTime)
        let report = output + ".rss"
        defer { try? FileManager.default.removeItem(atPath: report) }
        let command = measured ? [gnuTime, "-f", "%M", "-o", report, executable] + arguments : [executable] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(command[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("waiting for \(executable): \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import: the exit status is bits 8-15
        // when the low 7 bits (the terminating signal) are zero.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        // GNU time writes "Command exited with non-zero status N" before the figure when N != 0.
        let kilobytes = (try? String(contentsOfFile: report, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        return ChildRun(status: exitStatus, peakRSSMegabytes: kilobytes.map { $0 / 1024 })
    }
}
