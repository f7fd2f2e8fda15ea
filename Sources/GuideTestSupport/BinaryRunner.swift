import Foundation

/// Runs the built `adex-guide` binary as a user would, capturing its output and exit status.
/// Output goes to files rather than pipes, so a large output can never deadlock the test.
public struct BinaryRunner: Sendable {
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The binary SwiftPM built next to the test bundle.
    public static var builtBinary: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()]
        for candidate in candidates {
            let path = candidate.appendingPathComponent("adex-guide").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        // `swift test` runs the xctest bundle from the build directory itself.
        let fallback = Fixtures.path(".build/debug/adex-guide")
        return fallback
    }

    public var executable: String

    public init(executable: String = BinaryRunner.builtBinary) {
        self.executable = executable
    }

    public func run(_ arguments: [String], environment: [String: String] = [:], clearEnvironment: Bool = false,
                    directory: String? = nil, stdin: String? = nil) throws -> Outcome {
        let scratch = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = clearEnvironment ? [:] : ProcessInfo.processInfo.environment
        // Tests must not pick up a developer's data override or terminal width.
        env["ADEX_GUIDE_DATA"] = nil
        // Nor write search indexes into the developer's cache: a fresh one per run, unless a test sets it.
        env["ADEX_GUIDE_CACHE"] = scratch.appendingPathComponent("cache").path
        // Nor read or write the developer's plan: a fresh state directory per run, unless a test sets it.
        env["XDG_STATE_HOME"] = scratch.appendingPathComponent("state").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        if let stdin {
            let inURL = scratch.appendingPathComponent("stdin")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let out = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let err = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        return Outcome(status: process.terminationStatus, stdout: out, stderr: err)
    }
}
