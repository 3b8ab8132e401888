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

    /// In order, outcomes come in the order of the IDs whatever their latencies, errors included,
    /// with the requests still concurrent.
    @Test(arguments: [1, 4, 8])
    func orderedOutcomesFollowTheIDs(concurrency: Int) async throws {
        let peak = Atomic<Int>(0)
        let inFlight = Atomic<Int>(0)
        let client = try ClientTestSupport.client(MockTransport { _ in MockTransport.response(status: 200, json: "{}") })
        let ids = Array(1...40)
        var seen: [Int] = []
        for await outcome in client.fetchEach(ids, concurrency: concurrency, ordered: true, { id -> Int in
            peak.max(inFlight.wrappingAdd(1, ordering: .relaxed).newValue, ordering: .relaxed)
            defer { inFlight.wrappingSubtract(1, ordering: .relaxed) }
            // Later IDs often finish first: 7 ms for every third, 1 ms for the rest.
            try await Task.sleep(for: .milliseconds(id % 3 == 1 ? 7 : 1))
            if id % 9 == 0 { throw DiscogsError.invalidRequest("id \(id)") }
            return id
        }) {
            seen.append(outcome.id)
            if case .success(let value) = outcome.result { #expect(value == outcome.id) }
        }
        #expect(seen == ids)
        #expect(peak.load(ordering: .relaxed) <= concurrency)
        if concurrency > 1 { #expect(peak.load(ordering: .relaxed) > 1) }
    }

    /// A slow first ID holds back what finished after it, but no more than the lookahead: no
    /// fetch starts while `orderedLookahead × concurrency` outcomes wait.
    @Test func orderedLookaheadIsBounded() async throws {
        let started = Atomic<Int>(0)
        let client = try ClientTestSupport.client(MockTransport { _ in MockTransport.response(status: 200, json: "{}") })
        let concurrency = 2
        let startedBeforeHead = Atomic<Int>(0)
        for await outcome in client.fetchEach(Array(1...100), concurrency: concurrency, ordered: true, { id -> Int in
            started.wrappingAdd(1, ordering: .relaxed)
            if id == 1 {
                // Hold the head until the lookahead has filled (however loaded the machine),
                // then a while longer: nothing more may start meanwhile.
                let bound = DiscogsClient.orderedLookahead * concurrency
                for _ in 0..<500 where started.load(ordering: .relaxed) < bound {
                    try await Task.sleep(for: .milliseconds(10))
                }
                try await Task.sleep(for: .milliseconds(100))
                startedBeforeHead.store(started.load(ordering: .relaxed), ordering: .relaxed)
            }
            return id
        }) {
            _ = outcome
        }
        #expect(started.load(ordering: .relaxed) == 100)
        let bound = DiscogsClient.orderedLookahead * concurrency
        #expect(startedBeforeHead.load(ordering: .relaxed) == bound)
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
