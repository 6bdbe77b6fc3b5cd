extension TemplateValue {
    /// The value as a template prints it without filters, in a language (`en`, `es`): dates long
    /// ("November 27, 2026", "27 de noviembre de 2026"), money `$1,234.56`; nil for lists and maps.
    /// Lets code outside templates (the packet index) word things exactly as the templates do.
    public func text(inLanguage code: String) -> String? {
        try? displayText(language: TemplateLanguage(code: code)).get()
    }
}
