import Batch
import Foundation

/// Shows a batch's progress on standard error: a bar redrawn in place on a terminal, a plain
/// line every few seconds otherwise, nothing with `--quiet`.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant
    private var startDone: Int?
    private var drewBar = false

    /// A display; `quiet` turns it off.
    init(quiet: Bool) {
        enabled = !quiet
        start = clock.now
        lastDraw = start
    }

    /// Takes one report from the batch (called after every record).
    func update(_ progress: BatchProgress) {
        guard enabled else { return }
        lock.withLock {
            let now = clock.now
            let interval: Duration = isTerminal ? .milliseconds(100) : .seconds(5)
            if startDone == nil { startDone = progress.done - 1 }
            guard now - lastDraw >= interval || progress.done == progress.total else { return }
            lastDraw = now
            let line = describe(progress, elapsed: seconds(now - start))
            if isTerminal {
                FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
                drewBar = true
            } else {
                Console.error(line)
            }
        }
    }

    /// Ends the bar's line so that the summary starts on a fresh one.
    func finish() {
        lock.withLock {
            if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
            drewBar = false
        }
    }

    /// `[#####-----] 512/1,000  51%  48.2 rec/s  0:10 left  (3 failed)`.
    private func describe(_ p: BatchProgress, elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(p.done - (startDone ?? 0)) / elapsed : 0
        var parts: [String] = []
        if let total = p.total, total > 0 {
            let fraction = min(1, Double(p.done) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            parts.append("[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]")
            parts.append("\(p.done)/\(total)")
            parts.append(String(format: "%3.0f%%", fraction * 100))
            parts.append(String(format: "%.1f rec/s", rate))
            if rate > 0 { parts.append(Self.clockText(Double(total - p.done) / rate) + " left") }
        } else {
            parts.append("\(p.done) records")
            parts.append(String(format: "%.1f rec/s", rate))
        }
        if p.failed > 0 { parts.append("(\(p.failed) failed)") }
        return parts.joined(separator: "  ")
    }

    /// `m:ss` or `h:mm:ss`.
    static func clockText(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
