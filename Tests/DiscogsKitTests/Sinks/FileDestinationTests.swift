import DiscogsKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct FileDestinationTests {
    private func temporaryPath(_ name: String) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("DiscogsKitSinks-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    private func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test func sinkOutputReachesTheFile() async throws {
        let path = temporaryPath("items.jsonl")
        let sink = JSONLinesSink(destination: try FileDestination(path: path))
        try await sink.write(contentsOf: SinkFixtures.compactItems)
        try await sink.close()
        let expected = try await SinkFixtures.output(of: { JSONLinesSink(destination: $0) }, items: SinkFixtures.compactItems)
        #expect(try contents(path) == expected)
    }

    @Test func truncateReplacesAndAppendExtends() throws {
        let path = temporaryPath("out.txt")
        for (text, mode) in [("first\n", FileDestination.Mode.truncate), ("second\n", .truncate), ("third\n", .append)] {
            let file = try FileDestination(path: path, mode: mode)
            try file.write(Array(text.utf8))
            try file.close()
        }
        #expect(try contents(path) == "second\nthird\n")
    }

    @Test func aMissingDirectoryIsReportedWithThePathAndReason() {
        let path = temporaryPath("missing/dir/out.csv")
        #expect(throws: SinkError.cannotOpen(path: path, reason: "No such file or directory")) {
            try FileDestination(path: path)
        }
    }

    @Test func writingAfterCloseFails() throws {
        let file = try FileDestination(path: temporaryPath("closed.txt"))
        try file.close()
        try file.close()
        #expect(throws: SinkError.self) { try file.write([1]) }
    }

    @Test func aBorrowedDescriptorStaysOpen() throws {
        let path = temporaryPath("borrowed.txt")
        let owner = try FileDestination(path: path)
        let fd = open(path, O_WRONLY | O_APPEND)
        #expect(fd >= 0)
        let borrowed = FileDestination(fileDescriptor: fd, name: "borrowed", closesDescriptor: false)
        try borrowed.write(Array("a".utf8))
        try borrowed.close()
        #expect(fcntl(fd, F_GETFD) != -1)
        #expect(close(fd) == 0)
        try owner.close()
        #expect(try contents(path) == "a")
    }
}
