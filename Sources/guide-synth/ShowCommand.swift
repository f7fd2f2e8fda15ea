import ArgumentParser
import Foundation
import GuideSynthetic

/// `guide-synth [show]`: writes a deterministic synthetic show file for tests and benchmarks (the
/// default command, so `guide-synth --exhibitors N` works as it always has).
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Write a synthetic show file in the adex-guide/1 format (the default).",
        discussion: """
            The output is deterministic: the same --exhibitors, --seed and --compact give byte-identical \
            text on every run and machine. Everything in it is invented and marked as such (the event's \
            notice says so); web addresses use the reserved .example domain. About 3% of exhibitors \
            have no published stand, programme items number max(20, exhibitors / 20), and exhibitors \
            whose 0-based index i has i % 10000 == 1000 carry terminal escape sequences in their names \
            to exercise sanitising.

            Sizes: about 1.35 kB per exhibitor pretty, 0.89 kB compact (135 MB and 89 MB for 100,000). \
            adex-guide refuses files over 256 MiB, which pretty output passes at about 195,000 \
            exhibitors and compact output at about 300,000.
            """
    )

    @Option(name: .long, help: "Number of exhibitors (0 or more).")
    var exhibitors: Int

    @Option(name: .long, help: "Seed for the generator; different seeds give different shows.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Write compact JSON (no indentation), about 40% smaller.")
    var compact = false

    @Flag(name: .long, help: "Write every string as plain ASCII (diacritics dropped, other scripts as invented Latin syllables): the shape of most real exhibitor lists.")
    var asciiNames = false

    func validate() throws {
        guard exhibitors >= 0 else { throw ValidationError("--exhibitors must be 0 or more") }
        guard exhibitors <= 50_000_000 else { throw ValidationError("--exhibitors must be at most 50000000") }
    }

    func run() throws {
        var descriptor = STDOUT_FILENO
        if let output {
            descriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                FileHandle.standardError.write(Data("guide-synth: cannot create \(output): \(String(cString: strerror(errno)))\n".utf8))
                throw ExitCode(73)
            }
        }
        defer { if output != nil { close(descriptor) } }
        var stream = FileOutputStream(descriptor: descriptor)
        SyntheticShow.write(exhibitors: exhibitors, seed: seed, layout: compact ? .compact : .pretty, script: asciiNames ? .ascii : .mixed,
                            to: &stream)
        stream.flush()
        if let failure = stream.failure {
            FileHandle.standardError.write(Data("guide-synth: cannot write \(output ?? "standard output"): \(String(cString: strerror(failure)))\n".utf8))
            throw ExitCode(74)
        }
    }
}
