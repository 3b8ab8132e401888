/// Where a sink's bytes go: a file, standard output, memory, or anything a service provides.
///
/// Sinks buffer their output and hand it to the destination in chunks, always from one caller
/// at a time and in order, so an implementation may block (plain file I/O is fine) and needs
/// no ordering logic of its own.
///
/// ### Implement a custom destination
///
/// ```swift
/// final class SocketDestination: ByteDestination {
///     let socket: Socket
///     func write(_ bytes: [UInt8]) throws { try socket.send(bytes) }
///     func flush() throws {}
///     func close() throws { try socket.close() }
/// }
/// ```
public protocol ByteDestination: Sendable {
    /// Writes all of `bytes`.
    /// - Throws: ``SinkError/writeFailed(destination:reason:)`` or the implementation's own error.
    func write(_ bytes: [UInt8]) throws

    /// Pushes anything the destination itself buffers to where it goes.
    func flush() throws

    /// Flushes and releases the destination; later writes fail. Closing twice does nothing.
    func close() throws
}
