import DiscogsKit
import DiscogsKitTesting
import Foundation
import Synchronization
import Testing

@Suite struct BulkFetchTests {
    @Test(arguments: [1, 3, 8])
    func everyIDEndsAsExactlyOneOutcome(concurrency: Int) async throws {
        let inFlight = Atomic<Int>(0)
        let peak = Atomic<Int>(0)
        let transport = MockTransport { request in
            let now = inFlight.wrappingAdd(1, ordering: .relaxed).newValue
            peak.max(now, ordering: .relaxed)
            try await Task.sleep(for: .milliseconds(2))
            inFlight.wrappingSubtract(1, ordering: .relaxed)
            let id = Int(request.url.lastPathComponent) ?? 0
            return id % 5 == 0 ? MockTransport.response(status: 404, json: MockTransport.errorBody("Release not found."))
                               : MockTransport.response(status: 200, json: #"{"id": \#(id)}"#)
        }
        let client = try ClientTestSupport.client(transport)
        let ids = Array(1...23)
        var succeeded: [Int] = []
        var failed: [Int] = []
        for await outcome in client.fetchEach(ids, concurrency: concurrency, { try await client.json(.release($0)) }) {
            switch outcome.result {
            case .success(let json): succeeded.append(json["id"]?.intValue ?? -1)
            case .failure(let error):
                #expect((error as? DiscogsError)?.kind == "not_found")
                failed.append(outcome.id)
            }
        }
        #expect(succeeded.sorted() == ids.filter { $0 % 5 != 0 })
        #expect(failed.sorted() == [5, 10, 15, 20])
        #expect(peak.load(ordering: .relaxed) <= concurrency)
    }
}

@Suite struct IDListReaderTests {
    @Test func readsIDsSkippingBlanksAndComments() {
        let text = "249504\n\n# favourites\n1 # The Persuader\n  r42  \nabc\n-5\n0\n[r7]\n12.5\n"
        #expect(IDListReader.entries(in: text) == [
            .id(249504, line: 1), .id(1, line: 4), .id(42, line: 5), .malformed(line: 6, text: "abc"),
            .malformed(line: 7, text: "-5"), .malformed(line: 8, text: "0"), .id(7, line: 9),
            .malformed(line: 10, text: "12.5"),
        ])
    }

    @Test(arguments: ["99999999999999999999999", "1e5", "+3", " "])
    func rejectsWhatIsNotAPositiveID(text: String) {
        #expect(IDListReader.parseID(text) == nil)
    }
}
