import ArgumentParser

/// `guide-synth`: deterministic synthetic data for tests and benchmarks. Without a subcommand it
/// writes a show file (`show`, as before subcommands existed); `fairs` writes a directory of fair
/// files in the CAAT/Omega format.
@main
struct GuideSynth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide-synth",
        abstract: "Write synthetic data for tests and benchmarks: a show file, or a directory of fair files.",
        subcommands: [ShowCommand.self, FairsCommand.self],
        defaultSubcommand: ShowCommand.self
    )
}
