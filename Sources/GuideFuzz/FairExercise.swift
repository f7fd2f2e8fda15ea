import GuideFairs
import GuideModel

/// The fair reader: a CAAT/Omega fair file read leniently (as `convert`, `--data FILE` and a
/// folder of fairs do by default) and strictly (`--strict`). The reader and the converter may
/// refuse a file, naming it (the converter only a fair nothing dates); what the converter makes
/// must validate, or that is this program's fault.
public enum FairExercise {
    static let fileName = "fuzz-fair.json"

    public static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let reading: FairReading
        do {
            reading = try FairReader.read(bytes: bytes, fileName: fileName, mode: .lenient)
        } catch {
            return RefusalCheck.outcome(error, fileName: fileName)
        }
        let conversion: FairConversion
        do {
            conversion = try FairConverter.convert(reading, fileName: fileName)
        } catch {
            return RefusalCheck.outcome(error, fileName: fileName)
        }
        let catalog: Catalog
        do {
            catalog = try DataFileLoader.catalog(from: conversion, fileName: fileName)
        } catch {
            return .failure("converted but not valid: \(error.problems.prefix(3).map(\.description).joined(separator: "; "))")
        }
        GuideWalk.exercise(catalog)
        do {
            _ = try DataFileLoader.load(bytes: bytes, fileName: fileName)
        } catch {
            if case .failure(let message) = RefusalCheck.outcome(error, fileName: fileName) { return .failure(message) }
        }
        do {
            _ = try FairReader.read(bytes: bytes, fileName: fileName, mode: .strict)
        } catch {
            if case .failure(let message) = RefusalCheck.outcome(error, fileName: fileName) { return .failure(message) }
        }
        return .accepted
    }
}
