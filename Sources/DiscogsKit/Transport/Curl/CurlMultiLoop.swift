import CDiscogsCurl
import Foundation
import Synchronization

/// One libcurl multi handle (its connection pool) and the thread that drives its transfers.
///
/// Requests are handed over through a lock and a wakeup; the thread runs while any transfer is
/// active and ends when the last one is done, starting again with the next request. Only that
/// thread touches the multi handle and the transfers in it.
final class CurlMultiLoop: Sendable {
    private struct Submission {
        let tag: UInt64
        let transfer: CurlTransfer
        let continuation: CheckedContinuation<HTTPResponse, any Error>
        let maxResponseBytes: Int
        let maxHeaderBytes: Int
    }

    private struct State {
        var submissions: [Submission] = []
        var cancellations: [UInt64] = []
        var threadRunning = false
        var nextTag: UInt64 = 1
    }

    private let multi: CurlMultiHandle
    private let state = Mutex(State())
    private let opened = Atomic<Int>(0)

    init(maxConnectionsPerHost: Int, maxConnections: Int) throws(TransportError) {
        guard let pointer = dk_multi_create(maxConnectionsPerHost, maxConnections) else {
            throw TransportError(.other, detail: "libcurl could not create a connection pool")
        }
        multi = CurlMultiHandle(pointer: pointer)
    }

    deinit { dk_multi_free(multi.pointer) }

    /// The connections opened so far.
    var connectionsOpened: Int { opened.load(ordering: .relaxed) }

    /// Runs `transfer` to its end; cancelling the calling task aborts it at once.
    func perform(_ transfer: CurlTransfer, maxResponseBytes: Int, maxHeaderBytes: Int) async throws -> HTTPResponse {
        let tag = state.withLock { state in
            defer { state.nextTag &+= 1 }
            return state.nextTag
        }
        let phase = CurlRequestPhase()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                guard phase.submit() else {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                submit(Submission(tag: tag, transfer: transfer, continuation: continuation,
                                  maxResponseBytes: maxResponseBytes, maxHeaderBytes: maxHeaderBytes))
            }
        } onCancel: {
            if phase.cancel() { self.cancel(tag) }
        }
    }

    private func submit(_ submission: Submission) {
        let startThread = state.withLock { state in
            state.submissions.append(submission)
            defer { state.threadRunning = true }
            return !state.threadRunning
        }
        if startThread {
            let thread = Thread { self.run() }
            thread.name = "DiscogsKit.CurlTransport"
            thread.start()
        } else {
            _ = dk_multi_wakeup(multi.pointer)
        }
    }

    private func cancel(_ tag: UInt64) {
        state.withLock { $0.cancellations.append(tag) }
        _ = dk_multi_wakeup(multi.pointer)
    }

    /// The loop: take new and cancelled requests, move transfers on, hand out finished ones,
    /// wait for the sockets; end when nothing is left.
    private func run() {
        var active: [UInt64: Submission] = [:]
        while true {
            let idle = active.isEmpty
            let taken: (new: [Submission], cancelled: [UInt64])? = state.withLock { state in
                if idle, state.submissions.isEmpty, state.cancellations.isEmpty {
                    state.threadRunning = false
                    return nil
                }
                defer {
                    state.submissions.removeAll()
                    state.cancellations.removeAll()
                }
                return (state.submissions, state.cancellations)
            }
            guard let taken else { return }
            for submission in taken.new {
                dk_transfer_set_tag(submission.transfer.pointer, submission.tag)
                let code = dk_multi_add(multi.pointer, submission.transfer.pointer)
                if code == 0 {
                    active[submission.tag] = submission
                } else {
                    submission.continuation.resume(throwing: TransportError(.other, detail: "libcurl could not start the transfer (multi code \(code))"))
                }
            }
            for tag in taken.cancelled {
                guard let submission = active.removeValue(forKey: tag) else { continue }
                _ = dk_multi_remove(multi.pointer, submission.transfer.pointer)
                submission.continuation.resume(throwing: CancellationError())
            }
            var running: Int32 = 0
            _ = dk_multi_perform(multi.pointer, &running)
            while let done = dk_multi_next_done(multi.pointer) {
                guard let submission = active.removeValue(forKey: dk_transfer_tag(done)) else { continue }
                _ = dk_multi_remove(multi.pointer, done)
                let outcome = dk_transfer_outcome(done)
                opened.add(outcome.connections_opened, ordering: .relaxed)
                submission.continuation.resume(with: CurlResponseReader.result(
                    of: submission.transfer, maxResponseBytes: submission.maxResponseBytes,
                    maxHeaderBytes: submission.maxHeaderBytes))
            }
            if !active.isEmpty { _ = dk_multi_poll(multi.pointer, 1000) }
        }
    }
}

/// A libcurl multi handle.
///
/// `@unchecked Sendable`: only ``CurlMultiLoop``'s thread drives it; other threads call only
/// `dk_multi_wakeup`, which libcurl documents as safe from any thread.
struct CurlMultiHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Whether a request was handed to the loop or cancelled first: a cancellation that comes
/// before the hand-over must not reach the loop, and one that comes after must.
final class CurlRequestPhase: Sendable {
    private enum Phase { case waiting, submitted, cancelledEarly }
    private let phase = Mutex(Phase.waiting)

    /// Marks the request handed over; `false` when it was cancelled first.
    func submit() -> Bool {
        phase.withLock { phase in
            guard phase == .waiting else { return false }
            phase = .submitted
            return true
        }
    }

    /// Marks the request cancelled; `true` when the loop must be told.
    func cancel() -> Bool {
        phase.withLock { phase in
            if phase == .waiting {
                phase = .cancelledEarly
                return false
            }
            return phase == .submitted
        }
    }
}
