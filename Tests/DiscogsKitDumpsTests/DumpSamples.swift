import Foundation

/// The real dump samples in ../shared/fixtures/dumps, when that folder is beside the package.
enum DumpSamples {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/fixtures/dumps")

    static func path(_ kind: String) -> String { folder.appendingPathComponent("discogs_20200806_\(kind).xml.gz").path }

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: path("releases")) }

    /// `xml` gzip-compressed by the system's gzip (for inputs written in the tests).
    static func gzip(_ xml: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("in.xml")
        try Data(xml.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-k", file.path]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: folder.appendingPathComponent("in.xml.gz"))
    }
}
