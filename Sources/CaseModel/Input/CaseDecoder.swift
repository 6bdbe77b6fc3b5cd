/// Walks a case file's tree (laid out flat) into a `Case`, collecting every problem with its path.
///
/// Hand-written rather than `Decodable` because `Decoder` stops at the first error, and because
/// a CSV cell, a YAML scalar and a JSON number must all be read by what the field means.
/// Nodes are named by their index in `tree`.
struct CaseDecoder {
    /// The file being read.
    let tree: FlatTree
    /// Everything found so far.
    var diagnostics: [CaseDiagnostic] = []

    /// A decoder for `tree`.
    init(tree: consuming FlatTree) {
        self.tree = tree
    }

    /// Reads the whole case; nil when the top level is not an object or a required part is unusable.
    mutating func readCase() -> Case? {
        guard let r = object(FlatTree.root, at: .root, spec: CaseSchema.rootName) else { return nil }
        let id = caseID(r, "id")
        let language: CaseLanguage? = choice(r, "language")
        let debtor = nested(r, "debtor") { $0.readDebtor($1) }
        let originalCreditor = nested(r, "original_creditor") { $0.readParty($1) }
        let currentCreditor = nested(r, "current_creditor") { $0.readParty($1) }
        let collector = nested(r, "collector") { $0.readParty($1) }
        let collectionAttorney = nested(r, "collection_attorney") { $0.readParty($1) }
        let debtorAttorney = nested(r, "debtor_attorney") { $0.readParty($1) }
        let debt = nested(r, "debt") { $0.readDebt($1) }
        let sale = nested(r, "sale") { $0.readSale($1) }
        let judgment = nested(r, "judgment") { $0.readJudgment($1) }
        let contacts = list(r, "contacts") { $0.objectItem($1, $2, "Contact") { $0.readContact($1) } }
        let preferences = nested(r, "contact_preferences") { $0.readContactPreferences($1) }
        let notice = date(r, "validation_notice_received")
        let periodEnds = date(r, "validation_period_ends_on")
        let cease = date(r, "cease_letter_received_on")
        let attorneyNotified = date(r, "attorney_notified_on")
        let actions = nested(r, "actions") { $0.readActions($1) }
        let income = list(r, "income") { $0.objectItem($1, $2, "IncomeItem") { $0.readIncome($1) } }
        let assets = list(r, "assets") { $0.objectItem($1, $2, "Asset") { $0.readAsset($1) } }
        let documents = list(r, "documents") { $0.objectItem($1, $2, "DocumentItem") { $0.readDocument($1) } }
        let notes = text(r, "notes")
        guard let id, let debtor else { return nil }
        return Case(
            id: id, language: language, debtor: debtor, originalCreditor: originalCreditor,
            currentCreditor: currentCreditor, collector: collector, collectionAttorney: collectionAttorney,
            debtorAttorney: debtorAttorney, debt: debt, sale: sale, judgment: judgment, contacts: contacts,
            contactPreferences: preferences, validationNoticeReceived: notice, validationPeriodEndsOn: periodEnds,
            ceaseLetterReceivedOn: cease, attorneyNotifiedOn: attorneyNotified,
            actions: actions ?? CollectionActions(), income: income,
            assets: assets, documents: documents, notes: notes)
    }

    // MARK: Structure

    /// A reader for `node` as an object of the named kind.
    mutating func object(_ node: Int, at path: FieldPath, spec name: String) -> ObjectReader? {
        ObjectReader(tree, node, at: path, spec: CaseSchema.object(name), diagnostics: &diagnostics)
    }

    /// Reads the object at `key` with `read`; nil when absent or unusable.
    mutating func nested<T>(
        _ r: ObjectReader, _ key: String,
        _ read: (inout CaseDecoder, ObjectReader) -> T?
    ) -> T? {
        guard let (node, name) = r.object(at: key),
            let inner = object(node, at: FieldPath(parent: r.path, key: key, index: nil), spec: name)
        else { return nil }
        return read(&self, inner)
    }

    /// Reads the list at `key`, item by item; unusable items are left out (their errors remain).
    mutating func list<T>(
        _ r: ObjectReader, _ key: String,
        _ read: (inout CaseDecoder, Int, FieldPath) -> T?
    ) -> [T] {
        guard let node = r[key] else { return [] }
        let list = tree[node]
        if list.kind != .sequence {
            // A single reason or choice may be written without a list.
            if tree.scalarText(node) != nil && r.type(of: key).acceptsBareItem {
                return read(&self, node, FieldPath(parent: r.path, key: key, index: 0)).map { [$0] } ?? []
            }
            diagnostics.append(
                .error(
                    r.childPath(key), "expected a list, found \(tree.summary(node))",
                    hint: "write each item on its own line starting with '- '"))
            return []
        }
        let parent = r.path
        var values: [T] = []
        values.reserveCapacity(list.start)  // one allocation, not one per doubling
        var item = node + 1
        var index = 0
        while item < list.end {
            if let value = read(&self, item, FieldPath(parent: parent, key: key, index: index)) { values.append(value) }
            item = tree.next(after: item)
            index += 1
        }
        return values
    }

    /// One object item of a list.
    mutating func objectItem<T>(
        _ node: Int, _ path: FieldPath, _ spec: String,
        _ read: (inout CaseDecoder, ObjectReader) -> T?
    ) -> T? {
        guard let r = object(node, at: path, spec: spec) else { return nil }
        return read(&self, r)
    }

    /// Records an error about a value of the wrong shape.
    mutating func mismatch(_ path: String, expected: String, found node: Int, hint: String? = nil) {
        diagnostics.append(.error(path, "expected \(expected), found \(tree.summary(node))", hint: hint))
    }
}

private extension FieldType {
    /// Whether one scalar may stand for a one-item list of this type.
    var acceptsBareItem: Bool {
        switch self {
        case .list(.text), .list(.choice): return true
        default: return false
        }
    }
}
