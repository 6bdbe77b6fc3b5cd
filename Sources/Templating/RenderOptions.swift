/// Choices that change how a compiled template is rendered.
public struct RenderOptions: Sendable {
    /// When true, a missing value prints as a visible placeholder such as `[COLLECTOR ADDRESS]`
    /// instead of failing the render; for previews and drafts, never for documents sent out.
    public var draft: Bool = false

    /// Creates options; the defaults render a final document.
    public init(draft: Bool = false) {
        self.draft = draft
    }
}
