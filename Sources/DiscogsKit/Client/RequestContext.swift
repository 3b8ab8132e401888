import Synchronization

/// What the middlewares know about the logical request in flight: its ID and how many times it
/// has been sent. Installed by ``DiscogsClient`` as a task-local for one call.
public final class RequestContext: Sendable {
    private static let counter = Atomic<Int>(0)
    private let attemptCount = Atomic<Int>(0)

    /// The context of the call running on this task, if any.
    @TaskLocal public static var current: RequestContext?

    /// A process-unique number for this logical request.
    public let id: Int

    /// Creates a context with a new ID.
    public init() {
        id = RequestContext.counter.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// How many attempts have been sent so far.
    public var attempts: Int { attemptCount.load(ordering: .relaxed) }

    /// Records one more attempt and returns its number (1 for the first).
    @discardableResult
    public func beginAttempt() -> Int {
        attemptCount.wrappingAdd(1, ordering: .relaxed).newValue
    }
}
