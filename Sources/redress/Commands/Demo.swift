import ArgumentParser
import CaseModel
import Foundation

/// The no-argument run: the demo packet from the bundled sample case into `output/demo/`.
enum Demo {
    /// Generates the packet for `samples/demo.yaml` into `output/demo/`: every document that applies, `index.html` and `packet.docx`.
    static func run(library: LibraryOptions) throws {
        let home = try library.home()
        let compiled = try library.load()
        let date = CalendarDate.today
        let theCase = try CaseLoading.load(home + "/samples/demo.yaml", asOf: date, printWarnings: false)
        var options = try OutputOptions.parse([])
        // The sample's id is `demo`, so its folder under output/ is output/demo/.
        options.out = "output"
        options.packet = true
        Console.error("Writing the demo packet for the sample case \(theCase.id) into output/demo/ (open index.html) …")
        try options.generate(theCase, library: compiled, date: date)
    }
}
