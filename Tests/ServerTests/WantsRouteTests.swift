import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Server

/// The "what you want" page: a plain choice that maps to the case fields behind each letter, with
/// follow-up pages only when the choice needs them, and a YAML round trip that keeps it.
@Suite struct WantsRouteTests {
    typealias Browser = InterviewRouteTests.Browser

    static func upload(_ client: any TestClientProtocol, _ browser: Browser, yaml: String) async throws {
        let boundary = "XyZ"
        let body =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.csrf)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"case.yaml\"\r\nContent-Type: application/yaml\r\n\r\n\(yaml)\r\n--\(boundary)--\r\n"
        try await client.execute(
            uri: "/upload", method: .post,
            headers: [.cookie: browser.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(string: body)
        ) { response in
            #expect(response.headers[.location] == "/review")
        }
    }

    static var demo: String {
        try! String(contentsOf: TestServer.root.appendingPathComponent("samples/demo.yaml"), encoding: .utf8)
    }

    @Test(arguments: ["en", "es"]) func thePageIsAPlainChoiceThatMustBeAnswered(lang: String) async throws {
        try await TestServer.test { client in
            let browser = try await Browser.start(client, lang: lang)
            let page = TestServer.body(try await browser.get(client, "/interview/wants"))
            #expect(page.contains("<legend>"))
            for choice in WantsChoice.allCases {
                #expect(page.contains("name=\"contact_choice\" value=\"\(choice.rawValue)\""))
                #expect(page.contains(HTML.escape(choice.label(lang))))
            }
            #expect(page.contains("1692c(c)") && page.contains("1692g(b)") && page.contains("1692c(a)(2)"))
            #expect(!page.contains("contact_preferences.allowed_media"))
            // No choice: the GOV.UK error pattern, linking to the first radio button; the box stays ticked.
            let missing = TestServer.body(try await browser.post(client, "/interview/wants", [("debt.disputed", "true")]))
            #expect(missing.contains("<a href=\"#f-contact_choice\">"))
            #expect(missing.contains("id=\"f-contact_choice-error\""))
            #expect(missing.contains("aria-describedby=\"f-contact_choice-hint f-contact_choice-error\""))
            #expect(missing.contains("value=\"true\" aria-describedby=\"f-debt-disputed-item-hint\" checked"))
        }
    }

    @Test func eachChoiceLeadsOnlyToTheFollowUpItNeeds() async throws {
        try await TestServer.test { client in
            let browser = try await Browser.start(client)
            func choose(_ fields: [(String, String)]) async throws -> String? {
                try await browser.post(client, "/interview/wants", fields).headers[.location]
            }
            #expect(try await choose([("contact_choice", "stop")]) == "/interview/other")
            #expect(try await choose([("contact_choice", "unsure")]) == "/interview/other")
            #expect(try await choose([("contact_choice", "stop"), ("debt.disputed", "true")]) == "/interview/dispute")
            #expect(try await choose([("contact_choice", "limit"), ("debt.disputed", "true")]) == "/interview/limit")
            // The limit page needs at least one limit, or the case would get the cease letter.
            let empty = TestServer.body(try await browser.post(client, "/interview/limit", []))
            #expect(empty.contains("<a href=\"#f-contact_preferences\">"))
            let limited = try await browser.post(client, "/interview/limit", [("contact_preferences.no_contact_at_work", "true")])
            #expect(limited.headers[.location] == "/interview/dispute")
            // The lawyer page needs the name and the address the letter sends the collector to.
            #expect(try await choose([("contact_choice", "lawyer")]) == "/interview/lawyer")
            let lawyer = TestServer.body(try await browser.post(client, "/interview/lawyer", []))
            for path in ["name", "address.line1", "address.city", "address.state", "address.zip"] {
                #expect(lawyer.contains("<a href=\"#f-debtor_attorney-\(path.replacingOccurrences(of: ".", with: "-"))\">"))
            }
        }
    }

    /// The choice is the case's fields: downloaded and uploaded again, it comes back, and the
    /// documents follow it.
    @Test func theChoiceSurvivesTheYAMLRoundTrip() async throws {
        try await TestServer.test { client in
            let browser = try await Browser.start(client)
            try await Self.upload(client, browser, yaml: Self.demo)
            // The demo has contact limits and a dispute.
            let wants = TestServer.body(try await browser.get(client, "/interview/wants"))
            #expect(wants.contains("value=\"limit\" aria-describedby=\"f-contact_choice-limit-item-hint\" checked"))
            #expect(wants.contains("value=\"true\" aria-describedby=\"f-debt-disputed-item-hint\" checked"))
            // Now a lawyer, and no dispute.
            #expect(try await browser.post(client, "/interview/wants", [("contact_choice", "lawyer")]).headers[.location] == "/interview/lawyer")
            let lawyer: [(String, String)] = [
                ("debtor_attorney.name", "Ana Ruiz & <Partners>"), ("debtor_attorney.address.line1", "10 Elm St"),
                ("debtor_attorney.address.city", "San Antonio"), ("debtor_attorney.address.state", "TX"),
                ("debtor_attorney.address.zip", "78205"),
            ]
            #expect(try await browser.post(client, "/interview/lawyer", lawyer).headers[.location] == "/interview/other")
            let documents = TestServer.body(try await browser.get(client, "/documents"))
            #expect(documents.contains("/download/attorney-representation.docx"))
            #expect(!documents.contains("/download/limit-contact.docx"))
            let yaml = TestServer.body(try await browser.get(client, "/download/case.yaml"))
            let saved = try CaseYAML.answers(from: yaml)
            #expect(saved["debtor_attorney.name"] == "Ana Ruiz & <Partners>")
            #expect(!saved.keys.contains { $0.hasPrefix("contact_preferences") })
            #expect(saved["debt.disputed"] == nil && !saved.keys.contains { $0.hasPrefix("debt.dispute_reasons") })

            let again = try await Browser.start(client)
            try await Self.upload(client, again, yaml: yaml)
            let back = TestServer.body(try await again.get(client, "/interview/wants"))
            #expect(back.contains("value=\"lawyer\" aria-describedby=\"f-contact_choice-lawyer-item-hint\" checked"))
            #expect(!back.contains("f-debt-disputed-item-hint\" checked"))
            #expect(TestServer.body(try await again.get(client, "/documents")).contains("/download/attorney-representation.docx"))

            // Stop all contact: neither field, so the cease letter.
            #expect(try await again.post(client, "/interview/wants", [("contact_choice", "stop")]).headers[.location] == "/interview/other")
            let stopped = try CaseYAML.answers(from: TestServer.body(try await again.get(client, "/download/case.yaml")))
            #expect(!stopped.keys.contains { $0.hasPrefix("debtor_attorney") || $0.hasPrefix("contact_preferences") })
            #expect(TestServer.body(try await again.get(client, "/documents")).contains("/download/cease-contact.docx"))
            let review = TestServer.body(try await again.get(client, "/review"))
            #expect(review.contains("<dd>Stop all contact</dd>"))
        }
    }

    @Test func notSureExplainsTheOptionsOnTheDocumentsPage() async throws {
        try await TestServer.test { client in
            let browser = try await Browser.start(client)
            try await Self.upload(client, browser, yaml: Self.demo)
            _ = try await browser.post(client, "/interview/wants", [("contact_choice", "unsure")])
            let documents = TestServer.body(try await browser.get(client, "/documents"))
            #expect(documents.contains("<h2 id=\"options-title\">Your options</h2>"))
            #expect(documents.contains("href=\"/interview/wants\""))
            #expect(documents.contains("1692c(c)") && documents.contains("1692g(b)"))
            _ = try await browser.post(client, "/interview/wants", [("contact_choice", "limit")])
            #expect(!TestServer.body(try await browser.get(client, "/documents")).contains("options-title"))
        }
    }

    @Test func theStartPageKeepsTheChoice() async throws {
        try await TestServer.test { client in
            let browser = try await Browser.start(client)
            _ = try await browser.post(client, "/interview/wants", [("contact_choice", "lawyer")])
            _ = try await browser.post(client, "/start", [("topics[]", "levy"), ("topics[]", "lawyer")])
            let wants = TestServer.body(try await browser.get(client, "/interview/wants"))
            #expect(wants.contains("value=\"lawyer\" aria-describedby=\"f-contact_choice-lawyer-item-hint\" checked"))
        }
    }
}
