extension Array where Element: Sendable {
    /// The results of `transform` over the elements, in their order, with at most `width` running
    /// at once.
    func concurrentMap<Mapped: Sendable>(width: Int,
                                         _ transform: @escaping @Sendable (Element) async -> Mapped) async -> [Mapped] {
        await withTaskGroup(of: (Int, Mapped).self) { group in
            var results = [Mapped?](repeating: nil, count: count)
            var next = 0
            func start() {
                guard next < count else { return }
                let index = next
                let element = self[index]
                next += 1
                group.addTask { (index, await transform(element)) }
            }
            for _ in 0..<Swift.min(Swift.max(1, width), count) { start() }
            while let (index, result) = await group.next() {
                results[index] = result
                start()
            }
            return results.map { $0! }
        }
    }
}
