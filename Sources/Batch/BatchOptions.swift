import CaseModel

/// How to run a batch.
public struct BatchOptions: Sendable {
    /// The output folder (`DIR`).
    public var outputFolder: String
    /// Records rendered at once; at least 1.
    public var jobs: Int
    /// The slice of the input to process.
    public var shard: Shard
    /// Continue a run that stopped: keep what its journal proves finished, redo the rest.
    public var resume: Bool
    /// Also write one ZIP of every file in manifest order.
    public var zip: Bool
    /// The day case dates are judged against ("in the future").
    public var asOf: CalendarDate
    /// Stop after this many records of the shard, as if the process were killed there (for tests
    /// and for trying a large batch on its first few records); no ZIP is written.
    public var recordLimit: Int?
    /// What the run was asked to do, recorded in the journal; `--resume` refuses other settings.
    /// Nil records nothing and checks nothing.
    public var settings: BatchRunSettings?
    /// Finished records between flushes of the manifest, errors file and journal to the disk.
    public var syncEvery: Int

    /// Creates options.
    public init(
        outputFolder: String, jobs: Int, shard: Shard = .whole, resume: Bool = false, zip: Bool = false,
        asOf: CalendarDate, recordLimit: Int? = nil, settings: BatchRunSettings? = nil, syncEvery: Int = 1000
    ) {
        self.settings = settings
        self.syncEvery = max(1, syncEvery)
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.shard = shard
        self.resume = resume
        self.zip = zip
        self.asOf = asOf
        self.recordLimit = recordLimit
    }

    /// The names of the batch's own files for this shard.
    public var files: BatchFiles { BatchFiles(shard: shard) }
}

/// How far a batch has got, reported after every record.
public struct BatchProgress: Sendable {
    /// Records finished in this shard, including those a resumed run found already done.
    public var done: Int
    /// Of those, records with errors.
    public var failed: Int
    /// Records in this shard, when known up front.
    public var total: Int?
}

/// What a batch did.
public struct BatchSummary: Sendable {
    /// Records in this shard that are finished (this run or an earlier one).
    public var records = 0
    /// Records without errors.
    public var succeeded = 0
    /// Records with errors (see `errors.jsonl`).
    public var failed = 0
    /// Files written by this run.
    public var files = 0
    /// Records a resumed run found already finished.
    public var resumed = 0
    /// Records whose missing files a resumed run wrote again.
    public var repaired = 0
    /// Records whose folder is not their case id (made safe or unique): record number, id, folder.
    /// The first 100 only; ``renamedCount`` has the total.
    public var renamed: [(record: Int, caseID: String?, folder: String)] = []
    /// How many records were renamed.
    public var renamedCount = 0
    /// Whether the run stopped at ``BatchOptions/recordLimit`` before the end of its shard.
    public var stoppedEarly = false
    /// The ZIP written, relative to the output folder.
    public var zip: String?
}
