/// One value path a template can read — in a hole, a condition, an `{{#each}}` list, `requires`
/// or `applies_when` — with where it is written, so that a checker can name the exact place.
public struct TemplateReference: Sendable, Hashable, CustomStringConvertible {
    /// Where in a template a path is read.
    public enum Site: String, Sendable, Hashable {
        /// A printed value: `{{debtor.name}}`.
        case hole
        /// An `{{#if}}`, `{{#unless}}` or `{{else if}}` condition.
        case condition
        /// The list of an `{{#each}}`.
        case each
        /// An entry of the front matter's `requires`.
        case requires
        /// The front matter's `applies_when`.
        case appliesWhen = "applies_when"
    }

    /// The path as written, such as `label`, `this.amount` or `debtor.name`.
    public var path: String
    /// The context paths the reference may resolve to, innermost loop first, with `[]` for a list
    /// item (a numeric part such as `levies.0` is spelled `levies[]` too): inside `{{#each debts}}`,
    /// `label` gives `debts[].label` then `label`. Outside loops, just the path.
    public var candidates: [String]
    /// Whether the reference sits inside `{{#each}}` and so may name a field of a loop item.
    public var isLoopRelative: Bool
    /// Where the path is read.
    public var site: Site
    /// The file, line and column of the tag (or front-matter value) that reads the path.
    public var location: TemplateDiagnostic.Location

    /// Creates a reference.
    public init(path: String, candidates: [String], isLoopRelative: Bool, site: Site, location: TemplateDiagnostic.Location) {
        self.path = path
        self.candidates = candidates
        self.isLoopRelative = isLoopRelative
        self.site = site
        self.location = location
    }

    /// `file:line:column: path (site)`, with the candidates when there is more than one.
    public var description: String {
        let alternatives = candidates == [path] ? "" : " [" + candidates.joined(separator: " | ") + "]"
        return "\(location): \(path) (\(site.rawValue))\(alternatives)"
    }
}
