/// One element of a dump record with everything inside it: the unit the mappers read. A reader
/// holds one record's elements at a time, never the file.
public struct DumpElement: Sendable, Hashable {
    /// The tag name.
    public var name: String
    /// The attributes, in order.
    public var attributes: [String: String]
    /// The text directly inside (for an element without children; entities decoded).
    public var text: String
    /// The child elements, in order.
    public var children: [DumpElement]
    /// The byte offset of its start tag in the XML.
    public var offset: Int

    /// Creates an element.
    public init(name: String, attributes: [String: String] = [:], text: String = "", children: [DumpElement] = [],
                offset: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
        self.offset = offset
    }

    /// The first child named `name`.
    public func child(_ name: String) -> DumpElement? { children.first { $0.name == name } }

    /// The children named `name`.
    public func children(_ name: String) -> [DumpElement] { children.filter { $0.name == name } }

    /// The text of the child `name`, or `nil` when it is missing or empty (`<anv/>`).
    public func string(_ name: String) -> String? {
        guard let text = child(name)?.text, !text.isEmpty else { return nil }
        return text
    }

    /// The attribute `name`, or `nil` when it is missing or empty.
    public func attribute(_ name: String) -> String? {
        guard let value = attributes[name], !value.isEmpty else { return nil }
        return value
    }

    /// The texts of the children of the child `list` (`<genres><genre>A</genre>…`).
    public func strings(_ list: String) -> [String] {
        child(list)?.children.map(\.text).filter { !$0.isEmpty } ?? []
    }
}
