import Foundation

/// Wall-clock measurement helpers. Figures are printed, never asserted: the machine is shared and
/// noisy, so comparisons are made side by side in one run (see README, Performance).
enum Measure {
    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Median and 99th percentile of samples (in seconds).
    static func summary(_ samples: [Double]) -> (median: Double, p99: Double, max: Double) {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return (0, 0, 0) }
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        return (median, p99, sorted.last!)
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

    /// Peak resident set size of this process so far, from /proc.
    static func peakRSSMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return Double(digits) / 1024
        }
        return 0
    }

    /// Starts a new peak for `peakRSSMegabytes()` (Linux: writing 5 to clear_refs resets VmHWM), so
    /// each dataset's peak is its own and not the largest one measured earlier in the run.
    static func resetPeakRSS() {
        guard let file = fopen("/proc/self/clear_refs", "w") else { return }
        fputs("5", file)
        fclose(file)
    }

    /// Geometric mean: the fair average of ratios (a 2x and a 0.5x average to 1x).
    static func geometricMean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        return exp(values.map(log).reduce(0, +) / Double(values.count))
    }

    /// 1000000 as "1,000,000", for sizes people read at a glance.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
