/// Runs a batch: a reader stage that numbers and names records in order, a bounded group of
/// workers that validate, render, write and hash, and a ledger stage that records outcomes in
/// record order.
///
/// Memory stays flat: at most `2 × jobs` chunks of up to 16 records are between the reader and the
/// ledger at any moment (in a worker, or finished and waiting for an earlier chunk), and a worker
/// returns only manifest rows, never file contents. The one thing that grows is the set of folder names given
/// out (tens of bytes a record), which every shard needs to name collisions alike.
public struct BatchRunner: Sendable {
    /// How many consecutive records a worker takes at a time: up to 16, fewer when the input is
    /// short (so that a small batch still spreads over every worker: at least 8 chunks a worker),
    /// and one at a time from a stream of unknown length (standard input), whose records should be
    /// rendered as they arrive rather than wait for 15 more.
    static func chunkSize(records: Int?, jobs: Int) -> Int {
        guard let records else { return 1 }
        return min(16, max(1, records / (8 * max(1, jobs))))
    }

    /// How to run.
    public var options: BatchOptions
    /// The render step shared by every worker.
    public var renderer: any BatchRenderer

    /// Creates a runner.
    public init(options: BatchOptions, renderer: any BatchRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// Why a batch stopped (bad records never stop it; these are about the output or the input).
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// An output file or folder could not be written.
        case cannotCreate(path: String, reason: String)
        /// Another batch is writing into the same output folder (and shard).
        case busy(path: String)
        /// `--shard` needs the number of records up front, which a stream cannot give.
        case shardNeedsCount
        /// `--resume` on a batch begun with other settings or input: what differs.
        case resumeMismatch(journal: String, differences: [String])

        public var description: String {
            switch self {
            case let .cannotCreate(path, reason): return "\(path): cannot write: \(reason)"
            case let .busy(path): return "\(path): another batch is writing into this folder; wait for it to finish, or use another --out"
            case .shardNeedsCount: return "--shard needs an input file or folder (records must be counted first)"
            case let .resumeMismatch(journal, differences):
                return "--resume would mix two runs in one batch: \(journal) was begun with "
                    + differences.joined(separator: "; ")
                    + ". Resume with the same input and options, or run without --resume to start over."
            }
        }
    }

    /// Where this shard's records lie when the input holds `total` records (nil: unknown).
    func shardRange(total: Int?) throws(Failure) -> ClosedRange<Int>? {
        guard !options.shard.isWhole else { return nil }
        guard let total else { throw .shardNeedsCount }
        return options.shard.records(outOf: total) ?? (total + 1)...(total + 1)
    }
}
