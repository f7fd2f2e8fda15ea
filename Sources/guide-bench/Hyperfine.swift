import Foundation

/// Whole-process timing with hyperfine: the commands of one comparison go to a single hyperfine
/// invocation, so they run side by side under the same machine load (this machine is shared and
/// noisy; figures from different moments do not compare), and the medians come from its JSON export.
struct Hyperfine {
    let tool: ExternalTool
    /// Where the JSON exports go.
    let directory: URL

    /// The part of hyperfine's `--export-json` this benchmark reads.
    struct Export: Decodable {
        struct Result: Decodable {
            let command: String
            let median: Double
            let times: [Double]
            let exit_codes: [Int?]
        }
        let results: [Result]
    }

    /// One command's timing: the median (seconds) and every run, with failures counted.
    struct Timing {
        let median: Double
        let runs: Int
        let failures: Int
    }

    /// Times each shell command `runs` times after `warmup` unmeasured runs, in one invocation.
    ///
    /// `--ignore-failure` because fzf exits with 1 when nothing matches, which is a result, not an
    /// error; failed runs of our binary are still reported (`failures`) from the exit codes. Output
    /// of the commands is discarded by hyperfine, as a terminal would not be the bottleneck either.
    func compare(_ commands: [(name: String, shell: String)], warmup: Int, runs: Int) throws -> [Timing] {
        let export = directory.appendingPathComponent("hyperfine-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: export) }
        var arguments = ["--warmup", String(warmup), "--runs", String(runs), "--ignore-failure", "--style", "none",
                         "--export-json", export.path]
        for command in commands { arguments += ["--command-name", command.name] }
        arguments += commands.map(\.shell)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.path)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: export.path) else {
            throw BenchError("hyperfine failed (status \(process.terminationStatus)): \(String(decoding: message, as: UTF8.self))")
        }
        let decoded = try JSONDecoder().decode(Export.self, from: data)
        return decoded.results.map { result in
            Timing(median: result.median, runs: result.times.count, failures: result.exit_codes.filter { $0 != 0 }.count)
        }
    }

    /// Quotes one argument for `sh` (single quotes; an embedded quote closes, escapes and reopens).
    static func quote(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
