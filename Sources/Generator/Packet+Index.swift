import Foundation
import HTMLOutput

extension Packet {
    /// `index.html`: a standalone HTML5 page with the packet title, a link to each combined file, and
    /// one line per document (title, description, a link to each of its files). Every value is escaped.
    public func indexHTML() -> String {
        let words = Words(language: language)
        var out = "<!DOCTYPE html>\n<html lang=\"" + escaped(language.contains("-") ? language : language + "-US") + "\">\n<head>\n"
        out += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>" + escaped(title) + "</title>\n<style>\n" + Self.css + "\n</style>\n</head>\n<body>\n<main>\n"
        out += "<h1>" + escaped(title) + "</h1>\n"
        out += "<p class=\"case\">" + escaped("\(words.caseLabel) \(caseID), \(words.asOf) \(words.long(date))") + "</p>\n"
        if !combinedFileNames.isEmpty {
            out += "<p class=\"combined\">" + escaped(words.combined) + ": " + links(combinedFileNames, words) + "</p>\n"
        }
        out += "<h2>" + escaped(words.documents) + "</h2>\n"
        if entries.isEmpty {
            out += "<p>" + escaped(words.none) + "</p>\n"
        } else {
            out += "<ol>\n"
            for entry in entries {
                out += "<li><strong>" + escaped(entry.title) + "</strong>"
                if !entry.description.isEmpty { out += " — " + escaped(entry.description) }
                if !entry.applies { out += " <em>" + escaped(words.askedFor) + "</em>" }
                out += " <span class=\"files\">" + links(entry.fileNames, words) + "</span></li>\n"
            }
            out += "</ol>\n"
        }
        out += "<p class=\"notice\">" + escaped(words.notice) + "</p>\n"
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func links(_ fileNames: [String], _ words: Words) -> String {
        fileNames.map { name in
            let ext = (name as NSString).pathExtension
            let label = OutputFormat(rawValue: ext).flatMap { words.formats[$0] } ?? ext
            let href = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
            return "<a href=\"" + escaped(href) + "\">" + escaped(label) + "</a>"
        }.joined(separator: " · ")
    }

    /// HTMLOutput's escaper, the one every Redress page uses.
    private func escaped(_ text: String) -> String { text.htmlEscaped }

    private static let css = """
        body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: #111; }
        h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
        h2 { font-size: 1.2rem; margin-top: 1.5rem; }
        .case { color: #444; margin-top: 0; }
        li { margin-bottom: 0.6rem; }
        .files { white-space: nowrap; }
        .notice { font-size: 0.9rem; color: #444; border-top: 1px solid #ccc; padding-top: 0.5rem; margin-top: 2rem; }
        @media print { a { color: #111; } body { margin: 0; max-width: none; } }
        """
}
