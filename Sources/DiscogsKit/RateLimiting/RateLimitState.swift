/// The moving-window arithmetic of the rate limiter as a pure value: feed it events (a slot
/// admitted, an attempt's outcome with the server's headers, the slots of other processes) at
/// times you choose, and it answers whether a request may go now or must wait.
///
/// Times are offsets from any fixed origin (``RateLimiter`` uses the time since it was created on
/// its clock), so tests drive it without a clock at all.
///
/// ### How it stays under the server's count
/// The server counts a request when it receives it, at some time between the moment the slot was
/// admitted and the moment the answer arrived, and forgets it one window later. So a slot is held
/// from its admission until one window after its *answer* arrived: that bound is the only safety
/// margin, and it is exactly the uncertainty about when the server counted the request. A slot
/// still in flight is held until it completes; admission reserves the slot before the request is
/// sent, so concurrent requests can never overbook the window.
///
/// ### Header adaptation
/// Each answer's `X-Discogs-Ratelimit-Used` is compared with the most this machine can have had in
/// the server's window; anything above that is usage from elsewhere (another machine behind the
/// same address, a process that does not share the state file). It is held as "external" slots
/// that expire one window after the answer, the latest a request counted before it could expire,
/// and it is replaced by every newer answer, so the limiter slows down while others send and
/// speeds back up as their requests drain. A 429 is read as "the window is full". While others
/// share the budget, this machine leaves a few slots (``sharingHeadroom``) for their requests not
/// counted yet and, once the window is nearly full (``serialisingRoom``), sends one request at a
/// time (each answer brings the newest count); when their usage lapses, one request goes first
/// to read the new count.
/// A lower `X-Discogs-Ratelimit` than configured replaces the configured count; the window stays
/// the configured one (the headers do not give the server's).
///
/// ```swift
/// var state = RateLimitState(limit: RateLimit(requests: 2, per: .seconds(10)))
/// guard case .proceed(let first) = state.requestSlot(at: .zero) else { return }
/// state.complete(first, at: .milliseconds(100), outcome: .response(status: 200, headers: nil))
/// _ = state.requestSlot(at: .seconds(1))  // .proceed: 1 of 2 used
/// state.requestSlot(at: .seconds(2))      // .wait(until: 10.1 s, …): the window is full
/// ```
public struct RateLimitState: Sendable, Hashable {
    /// What the limiter should do with a request that wants to go.
    public enum Action: Sendable, Hashable {
        /// Send now: the slot `token` is reserved for it. Report its outcome with
        /// ``RateLimitState/complete(_:at:outcome:)``.
        case proceed(UInt64)
        /// Ask again at `until` (or earlier, when an outcome arrives).
        case wait(until: Duration, reason: WaitReason)
        /// Ask again when an attempt in flight completes: no known time frees a slot.
        case waitForCompletion(reason: WaitReason)
    }

    /// Why a request is held back.
    public enum WaitReason: Sendable, Hashable, CustomStringConvertible {
        /// This machine's requests fill the window.
        case windowFull(limit: Int, window: Duration)
        /// The server reports this many requests in the window that this machine did not send.
        case externalUsage(Int)
        /// The server answered 429; the limiter waits for the window to drain.
        case rejected
        /// An attempt is in flight whose answer tells how much of the window is used now: at the
        /// start, and after usage from elsewhere lapsed without a newer count.
        case awaitingServerCount
        /// The state file shared with other processes could not be used (its lock is held, it
        /// was corrupt, a write failed): nothing is admitted until it can be.
        case sharedFileUnavailable
        /// 429s kept coming (this many in a row): the circuit is open and nothing is sent until
        /// the longest back-off has passed, so the address leaves the server's penalty box.
        case circuitOpen(rejections: Int)

        /// A short phrase for events and logs.
        public var description: String {
            switch self {
            case .windowFull(let limit, let window): return "window full (\(limit)/\(RateLimit.format(window)))"
            case .externalUsage(let count): return "server reports \(count) request(s) in the window from elsewhere"
            case .rejected: return "backing off after a 429 until the window drains"
            case .awaitingServerCount: return "waiting for an answer to learn the server's current count"
            case .sharedFileUnavailable: return "waiting for the shared rate-limit file"
            case .circuitOpen(let rejections): return "circuit open after \(rejections) 429s in a row"
            }
        }
    }

    /// How an admitted attempt ended.
    public enum Outcome: Sendable, Hashable {
        /// An answer arrived with this status and, when present, the server's rate-limit headers.
        case response(status: Int, headers: RateLimitHeaders?)
        /// No answer arrived. `reachedServer` is `false` only when the request certainly never got
        /// there (the slot is then released at once).
        case failed(reachedServer: Bool)
    }

    /// A reserved slot.
    public struct Slot: Sendable, Hashable {
        /// Identifies a slot of this state (0 for other processes' slots).
        public var token: UInt64
        /// When it was admitted.
        public var admittedAt: Duration
        /// When it stops counting: one window after its answer, or `nil` while in flight.
        public var expiresAt: Duration?
        /// Whether another process holds it (from the shared state file).
        public var isForeign: Bool

        /// Whether the slot still counts at `time`.
        public func isHeld(at time: Duration) -> Bool { expiresAt.map { $0 > time } ?? true }
    }

    /// The configured limit.
    public let configured: RateLimit
    /// The latest `X-Discogs-Ratelimit` the server reported, if any.
    public private(set) var serverLimit: Int?
    /// The slots still relevant: held ones, and recently expired ones needed to read headers.
    public private(set) var slots: [Slot] = []
    /// When each request counted elsewhere expires at the latest (from the latest header view).
    public private(set) var externalExpiries: [Duration] = []
    private var externalFromRejection = false
    private var latestViewAdmission: Duration?
    private var hasAnswer = false
    private var awaitingFreshView = false
    private var lastExternalSeen: Duration?
    private var nextToken: UInt64 = 1
    /// 429s in a row, with no other answer between them.
    public private(set) var consecutiveRejections = 0
    /// Nothing is admitted before this time after a 429 (the back-off).
    public private(set) var rejectionHoldUntil: Duration?
    /// The longest back-off after 429s in a row. Default: 15 minutes (reports put Discogs'
    /// penalty box at 15 to 30 minutes, and a request made while boxed extends it).
    public var rejectionBackoffCap: Duration = .seconds(900)
    /// 429s in a row that open the circuit. Default: 3.
    public var circuitThreshold = 3

    /// Whether the circuit is open: 429s kept coming, and nothing goes until the hold passes.
    public var isCircuitOpen: Bool { consecutiveRejections >= circuitThreshold }

    /// Creates an empty window for `limit` (a count below 1 is treated as 1 and a window below
    /// one millisecond as one millisecond, so the state can never stall; clients validate first).
    public init(limit: RateLimit) {
        configured = RateLimit(requests: max(1, limit.requests), per: max(limit.window, .milliseconds(1)))
    }

    /// The number of requests allowed per window now: the configured count, or the server's lower one.
    public var effectiveLimit: Int { max(1, min(configured.requests, serverLimit ?? .max)) }

    /// The window length: the configured one. The server's headers give its count but not its
    /// window, so the configured window is taken as the server's (60 s for Discogs; a shorter one
    /// only for an emulator with a compressed window).
    public var window: Duration { configured.window }

    /// Slots left unused while another sender shares the budget: it may send about this many
    /// between the server's count and the answer that reports it. 4 at most, and a quarter of
    /// the limit for small limits (at least 1).
    public var sharingHeadroom: Int { max(1, min(4, effectiveLimit / 4)) }

    /// Free slots at or below which, while another sender shares the budget, requests go one at
    /// a time: a quarter of the limit, and at least twice
    /// ``sharingHeadroom``. Above it the others would have to send that many between two of this
    /// machine's answers to overbook the window.
    public var serialisingRoom: Int { max(sharingHeadroom * 2, effectiveLimit / 4) }

    /// Whether the server reported usage from elsewhere (two requests or more, or a 429) within
    /// the last two windows.
    public func isSharing(at time: Duration) -> Bool {
        lastExternalSeen.map { time < $0 + window * 2 } ?? false
    }

    /// The requests this machine may have in the window at `time`: ``effectiveLimit``, less
    /// ``sharingHeadroom`` while sharing.
    public func budget(at time: Duration) -> Int {
        isSharing(at: time) ? max(1, effectiveLimit - sharingHeadroom) : effectiveLimit
    }

    /// How many slots (this machine's and external ones) count at `time`.
    public func occupied(at time: Duration) -> Int {
        slots.count { $0.isHeld(at: time) } + externalExpiries.count { $0 > time }
    }

    /// How many requests counted elsewhere are assumed still in the window at `time`.
    public func external(at time: Duration) -> Int { externalExpiries.count { $0 > time } }

    /// This process's slots (not the ones read from the shared file).
    public var localSlots: [Slot] { slots.filter { !$0.isForeign } }

    // MARK: - Events

    /// Slots of each window that ``RequestLane/background`` requests leave free, so that an
    /// interactive request always finds one at once: a tenth of the limit (none below 4).
    public var backgroundReserve: Int { effectiveLimit >= 4 ? max(1, effectiveLimit / 10) : 0 }

    /// Reserves a slot at `now` for a request in `lane` if the window has room, or says how
    /// long to wait. Background requests leave ``backgroundReserve`` slots free.
    public mutating func requestSlot(at now: Duration, lane: RequestLane = .interactive) -> Action {
        prune(at: now)
        // After a 429 nothing goes until the back-off has passed; then one request at a time
        // (a probe) until an answer that is not a 429.
        if let hold = rejectionHoldUntil {
            if now < hold {
                return .wait(until: hold, reason: isCircuitOpen ? .circuitOpen(rejections: consecutiveRejections) : .rejected)
            }
            if slots.contains(where: { !$0.isForeign && $0.expiresAt == nil }) {
                return .waitForCompletion(reason: isCircuitOpen ? .circuitOpen(rejections: consecutiveRejections) : .rejected)
            }
        }
        // One request at a time while the current count is unknown (at the start, after usage
        // from elsewhere lapsed: one probe each) or while another sender shares a nearly full
        // window: each answer then reports the other's latest requests before this machine sends
        // again. With plenty of room left, requests go concurrently while sharing.
        let uncertain = !hasAnswer || awaitingFreshView
            || (isSharing(at: now) && budget(at: now) - occupied(at: now) <= serialisingRoom)
        if uncertain, slots.contains(where: { !$0.isForeign && $0.expiresAt == nil }) {
            return .waitForCompletion(reason: .awaitingServerCount)
        }
        let occupied = occupied(at: now)
        let limit = max(1, budget(at: now) - (lane == .background ? backgroundReserve : 0))
        if occupied < limit {
            let token = nextToken
            nextToken += 1
            slots.append(Slot(token: token, admittedAt: now, expiresAt: nil, isForeign: false))
            return .proceed(token)
        }
        let reason = waitReason(at: now, limit: limit)
        let known = (slots.compactMap(\.expiresAt) + externalExpiries).filter { $0 > now }.sorted()
        let needed = occupied - limit + 1
        guard known.count >= needed else { return .waitForCompletion(reason: reason) }
        return .wait(until: known[needed - 1], reason: reason)
    }

    /// Records how the attempt holding `token` ended at `now`, reading the server's headers.
    /// Unknown tokens are ignored.
    public mutating func complete(_ token: UInt64, at now: Duration, outcome: Outcome) {
        guard let index = slots.firstIndex(where: { !$0.isForeign && $0.token == token }) else { return }
        let admittedAt = slots[index].admittedAt
        switch outcome {
        case .failed(reachedServer: false):
            slots.remove(at: index)
        case .failed(reachedServer: true):
            slots[index].expiresAt = now + window
            hasAnswer = true
        case .response(let status, let headers):
            slots[index].expiresAt = now + window
            hasAnswer = true
            if let headers, headers.limit > 0 { serverLimit = headers.limit }
            var used = headers.map { max($0.used, $0.limit - $0.remaining) }
            let rejected = status == 429
            recordRejection(rejected, at: now)
            if rejected { used = max(used ?? 0, effectiveLimit) }
            guard let used else { return }
            if !rejected, let latest = latestViewAdmission, admittedAt < latest { return }
            latestViewAdmission = max(latestViewAdmission ?? admittedAt, admittedAt)
            adoptServerView(used: used, answeredAt: now, admittedAt: admittedAt, rejected: rejected)
        }
    }

    /// Replaces the slots of other processes (read from the shared state file) with `foreign`.
    public mutating func replaceForeignSlots(_ foreign: [(admittedAt: Duration, expiresAt: Duration)]) {
        slots.removeAll(where: \.isForeign)
        slots += foreign.map { Slot(token: 0, admittedAt: $0.admittedAt, expiresAt: $0.expiresAt, isForeign: true) }
    }

    // MARK: - Internals

    /// Grows the back-off with each 429 in a row (one window, then twice, four times … up to
    /// ``rejectionBackoffCap``); any other answer ends it. The circuit counts as open from the
    /// ``circuitThreshold``-th 429 in a row on.
    private mutating func recordRejection(_ rejected: Bool, at now: Duration) {
        guard rejected else {
            consecutiveRejections = 0
            rejectionHoldUntil = nil
            return
        }
        consecutiveRejections += 1
        let doublings = min(consecutiveRejections - 1, 30)
        var hold = window * (1 << doublings)
        if hold > rejectionBackoffCap { hold = rejectionBackoffCap }
        rejectionHoldUntil = max(rejectionHoldUntil ?? now, now + hold)
    }

    /// `used` requests were in the server's window when it handled the attempt admitted at
    /// `admittedAt` and answered at `answeredAt`. This machine can have had at most the slots
    /// admitted before the answer that had not expired by the admission; the rest came from
    /// elsewhere and expire at the latest one window after the answer.
    private mutating func adoptServerView(used: Int, answeredAt: Duration, admittedAt: Duration, rejected: Bool) {
        let ours = slots.count { $0.admittedAt <= answeredAt && ($0.expiresAt.map { $0 > admittedAt } ?? true) }
        let elsewhere = max(0, used - ours)
        externalExpiries = Array(repeating: answeredAt + window, count: elsewhere)
        externalFromRejection = rejected && elsewhere > 0
        awaitingFreshView = false
        // One unexplained request is often this machine's own, re-sent by the HTTP stack on a
        // dropped keep-alive connection; two or more (or a 429) mean another sender.
        if elsewhere >= 2 || (rejected && elsewhere > 0) {
            lastExternalSeen = max(lastExternalSeen ?? answeredAt, answeredAt)
        }
    }

    private func waitReason(at now: Duration, limit: Int) -> WaitReason {
        let external = external(at: now)
        if external > 0 { return externalFromRejection ? .rejected : .externalUsage(external) }
        return .windowFull(limit: limit, window: window)
    }

    /// Drops expired external slots and expired slots no attempt in flight may still need for
    /// reading headers (an answer compares with slots that expired after its admission).
    private mutating func prune(at now: Duration) {
        let hadExternal = !externalExpiries.isEmpty
        externalExpiries.removeAll { $0 <= now }
        if externalExpiries.isEmpty {
            externalFromRejection = false
            // Usage from elsewhere lapsed with no newer count: the other sender may be back at
            // full speed, so send one request and read its answer before sending more.
            if hadExternal { awaitingFreshView = true }
        }
        let oldestInFlight = slots.filter { !$0.isForeign && $0.expiresAt == nil }.map(\.admittedAt).min()
        let horizon = min(now, oldestInFlight ?? now)
        slots.removeAll { slot in slot.expiresAt.map { $0 <= horizon } ?? false }
    }
}
