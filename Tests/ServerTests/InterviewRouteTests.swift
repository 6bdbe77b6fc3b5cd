import CaseModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPArchive
@testable import Server

/// The interview through its routes, as a browser without JavaScript drives it.
@Suite struct InterviewRouteTests {
    /// A browser's cookie and the page's CSRF token.
    struct Browser {
        var cookie: String
        var csrf: String
        var headers: HTTPFields { [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"] }

        static func start(_ client: any TestClientProtocol, lang: String = "en") async throws -> Browser {
            try await client.execute(uri: "/?lang=\(lang)", method: .get) { response in
                #expect(response.status == .ok)
                let cookie = String(response.headers[values: .setCookie].first { $0.hasPrefix("redress_session=") }!.prefix { $0 != ";" })
                return Browser(cookie: cookie, csrf: csrf(in: TestServer.body(response)))
            }
        }

        static func csrf(in html: String) -> String {
            let marker = "name=\"csrf\" value=\""
            let start = html.range(of: marker)!.upperBound
            return String(html[start...].prefix { $0 != "\"" })
        }

        func post(_ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
            var components = URLComponents()
            components.queryItems = ([("csrf", csrf)] + fields).map { URLQueryItem(name: $0.0, value: $0.1) }
            return try await client.execute(
                uri: uri, method: .post, headers: headers,
                body: ByteBuffer(string: components.percentEncodedQuery!)
            ) { $0 }
        }

        func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
            try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]) { $0 }
        }
    }

    @Test func everyPageFieldComesFromTheSchemaAndEveryCaseFieldHasAPage() {
        let topLevel = CaseSchemaKeys.topLevel.subtracting(["id"])
        let paged = Set(InterviewPage.all.flatMap(\.paths).map { String($0.prefix { $0 != "." && $0 != "[" }) })
        #expect(topLevel.isSubset(of: paged))
    }

    @Test func pageErrorsAreSummarisedAndShownBesideTheField() async throws {
        try await TestServer.test { client in
            let browser = try await Browser.start(client)
            let response = try await browser.post(
                client, "/interview/you",
                [
                    ("debtor.name", "Ana O'Brien & <Sons>"), ("debtor.address.line1", "1 Main St"), ("debtor.address.city", "Austin"),
                    ("debtor.address.state", "TX"), ("debtor.address.zip", "7870"),
                ])
            let html = TestServer.body(response)
            #expect(response.status == .ok)
            #expect(html.contains("class=\"error-summary\""))
            #expect(html.contains("href=\"#f-debtor-address-zip\""))
            #expect(html.contains("id=\"f-debtor-address-zip-error\""))
            #expect(html.contains("Ana O&#39;Brien &amp; &lt;Sons&gt;"))
            let fixed = try await browser.post(
                client, "/interview/you",
                [
                    ("debtor.name", "Ana"), ("debtor.address.line1", "1 Main St"), ("debtor.address.city", "Austin"),
                    ("debtor.address.state", "TX"), ("debtor.address.zip", "78701"), ("debtor.ssn", "123-45-6789"),
                ])
            #expect(fixed.status == .seeOther)
            #expect(fixed.headers[.location] == "/interview/parties")
            let page = TestServer.body(try await browser.get(client, "/interview/you"))
            #expect(!page.contains("123-45"))
            #expect(page.contains("value=\"6789\""))
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        try await TestServer.test { client in
            var browser = try await Browser.start(client)
            browser.csrf = "forged"
            let response = try await browser.post(client, "/interview/you", [("debtor.name", "Ana")])
            #expect(response.status == .forbidden)
        }
    }

    @Test func skippedTopicsSkipTheirPages() async throws {
        try await TestServer.test { client in
            let browser = try await Browser.start(client)
            let start = try await browser.post(client, "/start", [("topics[]", "levy")])
            #expect(start.headers[.location] == "/interview/you")
            let loan = try await browser.post(client, "/interview/loan", [])
            #expect(loan.headers[.location] == "/interview/levy")
        }
    }

    @Test func uploadedCaseReachesDocumentsAndThePacket() async throws {
        let yaml = try String(contentsOf: TestServer.root.appendingPathComponent("samples/demo.yaml"), encoding: .utf8)
        try await TestServer.test { client in
            let browser = try await Browser.start(client)
            let boundary = "XyZ"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.csrf)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"demo.yaml\"\r\nContent-Type: application/yaml\r\n\r\n\(yaml)\r\n--\(boundary)--\r\n"
            try await client.execute(
                uri: "/upload", method: .post,
                headers: [.cookie: browser.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/review")
            }
            let review = TestServer.body(try await browser.get(client, "/review"))
            #expect(review.contains("Keystone Recovery Services"))
            #expect(review.contains("href=\"/documents\""))
            let documents = TestServer.body(try await browser.get(client, "/documents"))
            #expect(documents.contains("/download/limit-contact.docx"))
            let zip = try await browser.get(client, "/download/packet.zip")
            #expect(zip.status == .ok)
            let reader = try ZIPReader(Array(zip.body.readableBytesView))
            #expect(reader.entries.contains { $0.path.hasSuffix("/limit-contact.docx") })
            let saved = try await browser.get(client, "/download/case.yaml")
            let again = try CaseYAML.answers(from: TestServer.body(saved))
            #expect(again["debtor.name"] == "Darnell Okafor")
            #expect(again["debt.account_number"] == "2094")
            let preview = try await browser.get(client, "/documents/limit-contact/preview")
            #expect(preview.status == .ok)
            #expect(preview.headers[.contentSecurityPolicy]?.contains("sandbox") == true)
        }
    }

    @Test func downloadsNeedASession() async throws {
        try await TestServer.test { client in
            try await client.execute(uri: "/download/packet.zip", method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }
}

enum CaseSchemaKeys {
    static var topLevel: Set<String> { Set(CaseSchema.object(CaseSchema.rootName).keys) }
}
