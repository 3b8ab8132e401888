/// Receives the client's ``DiscogsEvent``s. The default does nothing.
///
/// ### Implement a custom observer
/// `observe` is called on the task that made the request: return quickly and do not block.
///
/// ```swift
/// struct StderrObserver: DiscogsObserver {
///     func observe(_ event: DiscogsEvent) {
///         if case .requestFinished(let e) = event { FileHandle.standardError.write(Data("\(e.status) \(e.url)\n".utf8)) }
///     }
/// }
/// ```
public protocol DiscogsObserver: Sendable {
    /// Handles one event.
    func observe(_ event: DiscogsEvent)
}

/// An observer that ignores every event: the default.
public struct NoOpObserver: DiscogsObserver {
    /// Creates the observer.
    public init() {}
    /// Ignores the event.
    public func observe(_ event: DiscogsEvent) {}
}

/// Sends every event to several observers in order.
public struct CompositeObserver: DiscogsObserver {
    /// The observers.
    public let observers: [any DiscogsObserver]
    /// Creates the observer.
    public init(_ observers: [any DiscogsObserver]) { self.observers = observers }
    /// Forwards the event to each observer.
    public func observe(_ event: DiscogsEvent) {
        for observer in observers { observer.observe(event) }
    }
}

/// An observer made from a closure.
public struct ClosureObserver: DiscogsObserver {
    private let handler: @Sendable (DiscogsEvent) -> Void
    /// Creates the observer.
    public init(_ handler: @escaping @Sendable (DiscogsEvent) -> Void) { self.handler = handler }
    /// Calls the closure.
    public func observe(_ event: DiscogsEvent) { handler(event) }
}
