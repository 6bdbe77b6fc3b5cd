import CaseModel

extension CaseAnalysis {
    /// How well one income item or asset is likely protected from an ordinary creditor, from the catalogues.
    public struct Protection: Sendable, Hashable, Codable {
        /// The case's description of the asset, or the income source's name (with the payer).
        public var label: String
        /// `income` or `asset`.
        public var category: Category
        /// The income source (`wages`, `social_security`…) or the asset kind (`bank_account`, `home`…).
        public var kind: String
        /// The likely protection.
        public var status: Status
        /// The protection in one or two sentences.
        public var sentence: String
        /// The citations, joined for printing; absent when no rule is confirmed.
        public var citation: String?
        /// How well it was checked.
        public var confidence: Confidence

        /// Income or asset.
        public enum Category: String, Sendable, Hashable, Codable {
            /// An item of `income[]`.
            case income
            /// An item of `assets[]`.
            case asset
        }

        /// The likely protection.
        public enum Status: String, Sendable, Hashable, Codable {
            /// Exempt from ordinary creditors (it may still have to be claimed).
            case exempt
            /// Partly protected (a capped share, or a protected amount of a balance).
            case partly
            /// Not protected.
            case notExempt = "not_exempt"
            /// Not computed or not confirmed.
            case unknown
        }
    }
}
