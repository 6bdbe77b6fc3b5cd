extension Renderer {
    /// Enters one item of a loop, as `{{#each}}` does: its fields come first in path look-ups and
    /// `@index`, `@number`, `@first` and `@last` describe it.
    mutating func enter(item: TemplateValue, index: Int, count: Int) {
        scopes.append(Scope(value: item, index: index, count: count, isLoop: true))
    }
}
