import CaseModel
import DocumentTree
import Templating

extension DocumentGenerator {
    /// The documents of a packet in `language` (English where a document has no such version):
    /// every one that applies to `context`, and every id in `including` even when it does not,
    /// ordered by `packet_order`, then id. An id the library lacks is left out (rendering reports it).
    public func packetTemplates(for context: TemplateValue, language: String, including explicit: [String] = []) -> [CompiledTemplate] {
        let ids = explicit.isEmpty ? documentIDs : Array(Set(documentIDs).union(explicit))
        let chosen = ids.compactMap { id -> CompiledTemplate? in
            guard let template = library.template(id: id, language: language) ?? library.template(id: id, language: "en") else { return nil }
            return explicit.contains(id) || template.applies(to: context) ? template : nil
        }
        return chosen.sorted { ($0.packetOrder, $0.frontMatter.id) < ($1.packetOrder, $1.frontMatter.id) }
    }

    /// Renders a case's packet: each document that applies (and each of `job.documents`, even if it
    /// does not) in every format of the job, the combined document `packet.<ext>` in the same
    /// formats, and `index.html` linking them all, in the job's folder. Pure, like `generate(_:)`.
    public func generatePacket(_ job: CaseJob) -> CaseJobResult {
        var result = CaseJobResult()
        let (language, context) = prepare(job)
        let folder = job.folderName
        for id in job.documents where library.templates.allSatisfy({ $0.frontMatter.id != id }) {
            let available = documentIDs
            result.failures.append(.unknownDocument(id: id, language: language, available: available))
        }
        var entries: [Packet.Entry] = [], documents: [Document] = []
        var contexts = ContextCache(job: job, values: [language: context])
        for template in packetTemplates(for: context, language: language, including: job.documents) {
            let id = template.frontMatter.id
            let applies = template.applies(to: context)
            if !applies, !job.force {
                result.failures.append(.doesNotApply(documentID: id, condition: template.frontMatter.fields["applies_when"] ?? "its applies_when holds"))
                continue
            }
            if !applies { result.notes.append("\(id): does not apply to this case; written because --force asked for it") }
            for rendition in renditions(of: id, language: language, officeLanguage: job.officeLanguage ?? "en", notes: &result.notes) {
                guard let chosen = library.template(id: id, language: rendition.language) else { continue }
                var request = Request(
                    documentID: id, language: rendition.language, formats: job.formats, draft: job.draft,
                    folder: folder, author: job.theCase.debtor.name, date: job.today.description)
                request.fileBase = rendition.fileBase
                do {
                    let document = try self.document(for: request, context: contexts.context(rendition.language))
                    documents.append(document)
                    let files = job.formats.map { format in
                        GeneratedFile(
                            relativePath: "\(folder)/\(rendition.fileBase).\(format.fileExtension)", documentID: rendition.fileBase,
                            format: format, language: rendition.language, bytes: bytes(of: document, as: format))
                    }
                    result.files += files
                    entries.append(
                        Packet.Entry(
                            documentID: rendition.fileBase, title: chosen.frontMatter.title,
                            description: chosen.frontMatter.description, applies: applies,
                            fileNames: files.map { String($0.relativePath.dropFirst(folder.count + 1)) }))
                } catch {
                    result.failures.append(error)
                }
            }
        }
        let title = Packet.title(for: job.theCase.debtor.name, language: language)
        var combinedNames: [String] = []
        if !documents.isEmpty {
            let metadata = Packet.metadata(
                title: title, language: language, author: job.theCase.debtor.name,
                date: job.today, documentTitles: documents.map(\.metadata.title))
            let combined = Packet.combine(documents, metadata: metadata)
            for format in job.formats {
                let name = "\(Packet.combinedName).\(format.fileExtension)"
                combinedNames.append(name)
                result.files.append(
                    GeneratedFile(
                        relativePath: "\(folder)/\(name)", documentID: Packet.combinedName,
                        format: format, language: language, bytes: bytes(of: combined, as: format)))
            }
        }
        let packet = Packet(
            title: title, language: language, caseID: job.theCase.id, date: job.today,
            entries: entries, combinedFileNames: combinedNames)
        result.files.append(
            GeneratedFile(
                relativePath: "\(folder)/\(Packet.indexName)", documentID: "index", format: .html,
                language: language, bytes: Array(packet.indexHTML().utf8)))
        return result
    }
}
