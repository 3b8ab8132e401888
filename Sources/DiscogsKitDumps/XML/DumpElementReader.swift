/// Reads a dump as its root element's children, one whole element at a time, checking that
/// every end tag closes the element it should.
struct DumpElementReader {
    private var scanner: XMLScanner
    private(set) var rootName: String?
    private var finished = false

    init(_ source: any DumpByteStream) {
        scanner = XMLScanner(source)
    }

    /// The byte offset reached.
    var offset: Int { scanner.offset }

    /// The next child of the root, or `nil` after the root's end tag.
    /// - Throws: ``DumpError`` `malformedXML` (with the offset) for XML that is not well formed,
    ///   a missing root, text outside elements, or an input that ends inside the root.
    mutating func next() throws(DumpError) -> DumpElement? {
        guard !finished else { return nil }
        if rootName == nil {
            while true {
                guard let event = try scanner.next() else { throw DumpError(.malformedXML, "the input holds no XML element", byteOffset: 0) }
                switch event {
                case .text(let text) where text.allSatisfy(\.isWhitespace): continue
                case .start(let name, _, let selfClosing, _):
                    rootName = name
                    if selfClosing { finished = true; return nil }
                case .text, .end:
                    throw DumpError(.malformedXML, "text or an end tag before the first element", byteOffset: scanner.offset)
                }
                break
            }
        }
        while true {
            guard let event = try scanner.next() else {
                throw DumpError(.malformedXML, "the input ends before </\(rootName ?? "")> (truncated?)", byteOffset: scanner.offset)
            }
            switch event {
            case .text(let text):
                guard text.allSatisfy(\.isWhitespace) else {
                    throw DumpError(.malformedXML, "text directly inside <\(rootName ?? "")>", byteOffset: scanner.offset)
                }
            case .end(let name, let offset):
                guard name == rootName else {
                    throw DumpError(.malformedXML, "the end tag </\(name)> closes <\(rootName ?? "")>", byteOffset: offset)
                }
                finished = true
                return nil
            case .start(let name, let attributes, let selfClosing, let offset):
                return try element(name, attributes, selfClosing, offset)
            }
        }
    }

    /// Reads the rest of the element whose start tag was just read.
    private mutating func element(_ name: String, _ attributes: [XMLAttribute], _ selfClosing: Bool,
                                  _ offset: Int) throws(DumpError) -> DumpElement {
        var element = DumpElement(name: name, offset: offset)
        for attribute in attributes { element.attributes[attribute.name] = attribute.value }
        if selfClosing { return element }
        var text = ""
        while true {
            guard let event = try scanner.next() else {
                throw DumpError(.malformedXML, "the input ends inside <\(name)> (truncated?)", byteOffset: scanner.offset)
            }
            switch event {
            case .text(let piece):
                text += piece
            case .start(let child, let childAttributes, let childClosing, let childOffset):
                element.children.append(try self.element(child, childAttributes, childClosing, childOffset))
            case .end(let closing, let at):
                guard closing == name else {
                    throw DumpError(.malformedXML, "the end tag </\(closing)> closes <\(name)>", byteOffset: at)
                }
                // Text beside child elements is only the layout's whitespace.
                element.text = element.children.isEmpty ? text : ""
                return element
            }
        }
    }
}
