/// A single diagnostic can be thrown, as ``StandaloneTag`` and ``TagScope`` do for one tag.
extension TemplateDiagnostic: Error {}
