import DocumentTree

// One fixture for every writer's tests, so that each is checked against every node type.
extension Document {
    /// A letter that uses every block kind, paragraph style, inline kind and column alignment.
    public static let everything = Document(
        metadata: Metadata(
            title: "Request to stop contacting me", language: "en-US", identifier: "everything",
            summary: "A letter that exercises every node type.", author: "Zoë Núñez-O'Brien",
            date: "2026-11-27",
            page: PageFurniture(continuation: "Acme \"Recovery\" & <Partners> \\ LLC — November 27, 2026\nRe: account ending in 4821")),
        blocks: [
            .paragraph(
                style: .address,
                content: [
                    .text("Zoë Núñez-O'Brien"), .lineBreak, .text("1200 Harbor View Drive, Apt. 4B"), .lineBreak,
                    .text("Long Beach, CA 90802"),
                ]),
            .paragraph(style: .date, content: [.text("November 27, 2026")]),
            .paragraph(
                style: .address,
                content: [
                    .text("Acme Recovery Partners & Associates, LLC"), .lineBreak, .text("Attn: Compliance Department"),
                    .lineBreak, .text("PO Box 4410"), .lineBreak, .text("Dallas, TX 75201"),
                ]),
            .paragraph(style: .subject, content: [.strong([.text("Re: account ending in 4821")])]),
            .heading(level: 1, content: [.text("Request to stop contacting me")]),
            .paragraph(style: .body, content: [.text("Dear Acme Recovery Partners & Associates, LLC:")]),
            .paragraph(
                style: .body,
                content: [
                    .text("Under the Fair Debt Collection Practices Act, 15 U.S.C. § 1692c(c), I ask that you "),
                    .strong([.text("stop all communication")]),
                    .text(" with me about this debt. This request is "),
                    .emphasis([.text("not")]),
                    .text(" a refusal to "),
                    .underline([.text("acknowledge")]),
                    .text(" correspondence you are required by law to send; it is a request that you "),
                    .strong([.emphasis([.text("cease")])]),
                    .text(" everything else, now."),
                ]),
            .heading(level: 2, content: [.text("What you may still do")]),
            .list(
                kind: .bulleted,
                items: [
                    [.text("Tell me that you are ending your efforts to collect the debt.")],
                    [
                        .text("Tell me that you or the creditor may use specific remedies that are ordinarily used, "),
                        .text("such as a lawsuit, and that you ordinarily use them."),
                    ],
                    [.text("Tell me that you or the creditor intend to use a specific remedy.")],
                ]),
            .heading(level: 3, content: [.text("Amounts you claim")]),
            .table(
                Table(
                    header: [[.text("Item")], [.text("Status")], [.text("Amount")]],
                    rows: [
                        [[.text("Principal")], [.text("disputed")], [.text("$12,480.00")]],
                        [
                            [
                                .text("Interest and fees added after charge-off, which I have never seen itemised "),
                                .text("and which I ask you to verify in writing"),
                            ],
                            [.text("disputed")], [.text("$1,310.55")],
                        ],
                        [[.text("Total")], [.emphasis([.text("n/a")])], [.strong([.text("$13,790.55")])]],
                    ],
                    alignments: [.left, .center, .right])),
            .paragraph(style: .body, content: [.text("Please keep this letter in your file. The steps I have taken:")]),
            .list(
                kind: .numbered,
                items: (1...11).map { number in
                    [
                        .text("Step \(number): "),
                        .emphasis([
                            .text(
                                number == 10
                                    ? "sent by certified mail, return receipt requested, with a copy kept for my records and a note of the tracking number"
                                    : "done")
                        ]),
                    ]
                }),
            .keep([
                .paragraph(style: .body, content: [.text("Sincerely,")]),
                .paragraph(style: .signature, content: [.text("______________________________"), .lineBreak, .text("Zoë Núñez-O'Brien")]),
            ]),
            .paragraph(
                style: .notice,
                content: [
                    .text("This letter was prepared with Redress. It is not legal advice. If you have been sued, "),
                    .text("talk to a lawyer or a legal aid office in your state before the deadline to answer."),
                ]),
            .pageBreak,
            .heading(level: 2, content: [.text("Delivery note")]),
            .paragraph(style: .body, content: [.text("Send by certified mail with return receipt; keep a copy.")]),
            .table(
                Table(
                    header: [[.text("Date")], [.text("What was said")]],
                    rows: [[[.text("________")], [.text("________________")]], [[], []]], isForm: true)),
        ])
}
