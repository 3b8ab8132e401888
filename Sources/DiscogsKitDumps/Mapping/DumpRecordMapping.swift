import DiscogsKit

/// Turns one record element of a dump into the model the API gives for it, field for field of
/// the same meaning; what the dump lacks stays `nil` (or empty).
public enum DumpRecordMapping {
    /// A `<release id="…" status="…">`.
    /// - Throws: ``DumpError`` `badValue` for an id, quantity or duration that is not a number.
    public static func release(_ element: DumpElement) throws(DumpError) -> Release {
        let id = try recordID(element, attribute: "id")
        let values = DumpValues(recordID: id)
        var labels: [CompanyCredit] = []
        for label in element.child("labels")?.children("label") ?? [] {
            labels.append(CompanyCredit(name: label.attribute("name") ?? "", catalogNumber: label.attribute("catno"),
                                        id: try values.int(label.attribute("id"), "label id", at: label)))
        }
        var series: [CompanyCredit] = []
        for entry in element.child("series")?.children("series") ?? [] {
            series.append(CompanyCredit(name: entry.attribute("name") ?? "", catalogNumber: entry.attribute("catno"),
                                        id: try values.int(entry.attribute("id"), "series id", at: entry)))
        }
        var companies: [CompanyCredit] = []
        for company in element.child("companies")?.children("company") ?? [] {
            companies.append(CompanyCredit(name: company.string("name") ?? "", catalogNumber: company.string("catno"),
                                           entityType: company.string("entity_type"),
                                           entityTypeName: company.string("entity_type_name"),
                                           id: try values.int(company.string("id"), "company id", at: company),
                                           resourceURL: company.string("resource_url")))
        }
        var formats: [Format] = []
        for format in element.child("formats")?.children("format") ?? [] {
            formats.append(Format(name: format.attribute("name").map(FormatName.init(rawValue:)),
                                  quantity: try values.int(format.attribute("qty"), "format quantity", at: format),
                                  descriptions: format.strings("descriptions"), text: format.attribute("text")))
        }
        let identifiers = (element.child("identifiers")?.children("identifier") ?? []).map { identifier in
            Identifier(type: identifier.attribute("type"), value: identifier.attribute("value"),
                       description: identifier.attribute("description"))
        }
        let master = element.child("master_id")
        let released = element.string("released")
        return Release(
            id: id, title: element.string("title") ?? "", status: element.attribute("status").map(ReleaseStatus.init(rawValue:)),
            year: released.flatMap(year), released: released, country: element.string("country"),
            artists: try values.credits("artists", in: element), extraArtists: try values.credits("extraartists", in: element),
            labels: labels, series: series, companies: companies, formats: formats, genres: element.strings("genres"),
            styles: element.strings("styles"), tracklist: try values.tracks(in: element.child("tracklist")),
            identifiers: identifiers, images: try values.images(in: element), videos: try values.videos(in: element),
            notes: element.string("notes"), dataQuality: values.dataQuality(in: element),
            masterID: try master.flatMap { master throws(DumpError) in try values.int(master.text, "master id", at: master) },
            isMainRelease: try values.bool(master?.attribute("is_main_release"), "is_main_release", at: master ?? element))
    }

    /// A `<master id="…">`.
    /// - Throws: ``DumpError`` `badValue` for an id or year that is not a number.
    public static func master(_ element: DumpElement) throws(DumpError) -> Master {
        let id = try recordID(element, attribute: "id")
        let values = DumpValues(recordID: id)
        let year = try values.int(element.string("year"), "year", at: element)
        return Master(id: id, title: element.string("title") ?? "", year: year == 0 ? nil : year,
                      artists: try values.credits("artists", in: element), genres: element.strings("genres"),
                      styles: element.strings("styles"), images: try values.images(in: element),
                      videos: try values.videos(in: element), notes: element.string("notes"),
                      mainRelease: try values.int(element.string("main_release"), "main release", at: element),
                      dataQuality: values.dataQuality(in: element))
    }

    /// An `<artist>` (its id is the child `<id>`).
    /// - Throws: ``DumpError`` `badValue` for an id that is not a number.
    public static func artist(_ element: DumpElement) throws(DumpError) -> Artist {
        let id = try recordID(element, child: "id")
        let values = DumpValues(recordID: id)
        func references(_ list: String) throws(DumpError) -> [ArtistReference] {
            var references: [ArtistReference] = []
            for name in element.child(list)?.children("name") ?? [] {
                references.append(ArtistReference(id: try values.int(name.attribute("id"), "\(list) id", at: name), name: name.text))
            }
            return references
        }
        return Artist(id: id, name: element.string("name") ?? "", realName: element.string("realname"),
                      profile: element.string("profile"), urls: element.strings("urls"),
                      nameVariations: element.strings("namevariations"), aliases: try references("aliases"),
                      members: try references("members"), groups: try references("groups"),
                      images: try values.images(in: element), dataQuality: values.dataQuality(in: element))
    }

    /// A `<label>` (its id is the child `<id>`).
    /// - Throws: ``DumpError`` `badValue` for an id that is not a number.
    public static func label(_ element: DumpElement) throws(DumpError) -> Label {
        let id = try recordID(element, child: "id")
        let values = DumpValues(recordID: id)
        var sublabels: [LabelReference] = []
        for sublabel in element.child("sublabels")?.children("label") ?? [] {
            sublabels.append(LabelReference(id: try values.int(sublabel.attribute("id"), "sub-label id", at: sublabel),
                                            name: sublabel.text))
        }
        var parent: LabelReference?
        if let parentLabel = element.child("parentLabel") {
            parent = LabelReference(id: try values.int(parentLabel.attribute("id"), "parent label id", at: parentLabel),
                                    name: parentLabel.text)
        }
        return Label(id: id, name: element.string("name") ?? "", profile: element.string("profile"),
                     contactInfo: element.string("contactinfo"), urls: element.strings("urls"), sublabels: sublabels,
                     parentLabel: parent, images: try values.images(in: element), dataQuality: values.dataQuality(in: element))
    }

    // MARK: - Ids and dates

    static func recordID(_ element: DumpElement, attribute: String) throws(DumpError) -> Int {
        try wholeID(element.attribute(attribute), element)
    }

    static func recordID(_ element: DumpElement, child: String) throws(DumpError) -> Int {
        try wholeID(element.string(child), element)
    }

    private static func wholeID(_ text: String?, _ element: DumpElement) throws(DumpError) -> Int {
        guard let text else { throw DumpError(.badValue, "a <\(element.name)> without an id", byteOffset: element.offset) }
        guard let id = Int(text), id > 0 else {
            throw DumpError(.badValue, "the <\(element.name)> id “\(text)” is not a positive whole number", byteOffset: element.offset)
        }
        return id
    }

    /// The year of a release date (`1999-03-00` → 1999), as the API gives it; none for `0000`.
    static func year(_ released: String) -> Int? {
        guard released.count >= 4, let year = Int(released.prefix(4)), year > 0 else { return nil }
        return year
    }
}
