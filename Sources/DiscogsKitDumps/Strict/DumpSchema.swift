/// What the mapping reads of each dump kind: the element paths (`release/labels/label`), their
/// attributes (`release/labels/label@catno`) and lists read whatever their items are called
/// (`release/genres/*`). ``DumpStrictCheck`` reports what a record holds beyond it, so a new dump
/// format is noticed. The table is kept beside ``DumpRecordMapping``, and a test proves every
/// path in it changes the mapped record (is really read).
enum DumpSchema {
    static func credit(_ base: String) -> [String] {
        [base, base + "/artist"] + ["id", "name", "anv", "join", "role", "tracks"].map { base + "/artist/" + $0 }
    }

    static func images(_ record: String) -> [String] {
        [record + "/images", record + "/images/image"] + ["type", "uri", "uri150", "width", "height"].map { record + "/images/image@" + $0 }
    }

    static func videos(_ record: String) -> [String] {
        [record + "/videos", record + "/videos/video", record + "/videos/video/title", record + "/videos/video/description"]
            + ["src", "duration", "embed"].map { record + "/videos/video@" + $0 }
    }

    static func company(_ list: String, _ item: String) -> [String] {
        ["release/\(list)", "release/\(list)/\(item)"] + ["name", "catno", "id"].map { "release/\(list)/\(item)@" + $0 }
    }

    static func references(_ record: String, _ list: String, _ item: String) -> [String] {
        ["\(record)/\(list)", "\(record)/\(list)/\(item)", "\(record)/\(list)/\(item)@id"]
    }

    /// The paths the mapping of `kind` reads (the record element is the first component).
    static let read: [String: Set<String>] = [
        "release": Set(["release@id", "release@status", "release/title", "release/country", "release/released",
                        "release/notes", "release/data_quality", "release/master_id", "release/master_id@is_main_release",
                        "release/genres/*", "release/styles/*", "release/formats/format/descriptions/*",
                        "release/formats", "release/formats/format", "release/formats/format@name", "release/formats/format@qty",
                        "release/formats/format@text", "release/formats/format/descriptions",
                        "release/companies", "release/companies/company", "release/identifiers", "release/identifiers/identifier",
                        "release/identifiers/identifier@type", "release/identifiers/identifier@value",
                        "release/identifiers/identifier@description",
                        "release/tracklist", "release/tracklist/track", "release/tracklist/track/position",
                        "release/tracklist/track/title", "release/tracklist/track/duration", "release/tracklist/track/sub_tracks"]
            + ["id", "name", "catno", "entity_type", "entity_type_name", "resource_url"].map { "release/companies/company/" + $0 }
            + credit("release/artists") + credit("release/extraartists") + credit("release/tracklist/track/artists")
            + credit("release/tracklist/track/extraartists") + company("labels", "label") + company("series", "series")
            + images("release") + videos("release")),
        "master": Set(["master@id", "master/title", "master/year", "master/main_release", "master/notes", "master/data_quality",
                       "master/genres/*", "master/styles/*"]
            + credit("master/artists") + images("master") + videos("master")),
        "artist": Set(["artist/id", "artist/name", "artist/realname", "artist/profile", "artist/data_quality",
                       "artist/urls/*", "artist/namevariations/*"]
            + references("artist", "aliases", "name") + references("artist", "members", "name")
            + references("artist", "groups", "name") + images("artist")),
        "label": Set(["label/id", "label/name", "label/contactinfo", "label/profile", "label/data_quality", "label/urls/*",
                      "label/parentLabel", "label/parentLabel@id"]
            + references("label", "sublabels", "label") + images("label")),
    ]

    /// Paths the dumps carry that no field reads on purpose, with why.
    static let ignored: [String: String] = [
        "artist/members/id": "each member's id again, as <name id=…> gives it",
    ]
}
