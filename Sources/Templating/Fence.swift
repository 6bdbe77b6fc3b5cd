import DocumentTree

/// What a `::: name` line opens: a paragraph style for the paragraphs inside, or a group that
/// lays its blocks out together.
enum Fence: Sendable, Equatable {
    /// `::: address`, `::: signature`…: the paragraphs inside get the style.
    case style(ParagraphStyle)
    /// `::: keep`, `::: header`, `::: form`.
    case group(BlockGroup)

    /// The fence named `name`, or nil when there is none.
    init?(name: String) {
        if let style = ParagraphStyle(rawValue: name) {
            self = .style(style)
        } else if let group = BlockGroup(rawValue: name) {
            self = .group(group)
        } else {
            return nil
        }
    }

    /// Every name a fence can have, for messages.
    static var names: [String] { ParagraphStyle.allCases.map(\.rawValue) + BlockGroup.allCases.map(\.rawValue) }
}

/// A group of blocks laid out together.
enum BlockGroup: String, Sendable, CaseIterable {
    /// Kept on one page where they fit (``Block/keep(_:)``).
    case keep
    /// The continuation header printed from page 2 on (``PageFurniture/continuation``), not in the body.
    case header
    /// The tables inside are forms to write on (``Table/isForm``).
    case form
}
