import Foundation

/// A program the search comparison runs (fzf, hyperfine): found on `PATH`, or reported with the
/// command that installs it, so a machine without them gets instructions instead of a crash.
struct ExternalTool {
    let name: String
    let path: String

    /// The package-manager command that provides each tool (Debian and Ubuntu package names).
    static func installHint(_ name: String) -> String {
        "apt-get install -y \(name)   (or: scripts/bench, which installs it when missing)"
    }

    /// The tool's absolute path, or nil when it is not on `PATH`.
    static func find(_ name: String) -> ExternalTool? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return ExternalTool(name: name, path: candidate) }
        }
        return nil
    }

    /// The first line the tool prints for `--version` ("hyperfine 1.15.0"; fzf prints only the
    /// number, so its name is put in front), to print with the figures it produced.
    func version() -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--version"]
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "\(name) (version unknown)" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let first = String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "(version unknown)"
        return first.hasPrefix(name) ? first : "\(name) \(first)"
    }
}
