import DiscogsKit

/// Reading numbers and credits out of dump elements, with errors naming the record and place.
struct DumpValues {
    /// The record being read (for errors).
    let recordID: Int?

    /// The whole number in `text`, `nil` for none; an error for anything else.
    func int(_ text: String?, _ what: String, at element: DumpElement) throws(DumpError) -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw DumpError(.badValue, "\(what) “\(text)” is not a whole number", recordID: recordID, byteOffset: element.offset)
        }
        return value
    }

    /// `true`/`false`, `nil` for none.
    func bool(_ text: String?, _ what: String, at element: DumpElement) throws(DumpError) -> Bool? {
        switch text?.lowercased() {
        case nil, "": return nil
        case "true", "1": return true
        case "false", "0": return false
        case let other?:
            throw DumpError(.badValue, "\(what) “\(other)” is not true or false", recordID: recordID, byteOffset: element.offset)
        }
    }

    /// The `<artist>` credits of the list `list` (`artists`, `extraartists`).
    func credits(_ list: String, in element: DumpElement) throws(DumpError) -> [ArtistCredit] {
        var credits: [ArtistCredit] = []
        for artist in element.child(list)?.children("artist") ?? [] {
            credits.append(ArtistCredit(name: artist.string("name") ?? "", anv: artist.string("anv"),
                                        join: artist.string("join"), role: artist.string("role"),
                                        tracks: artist.string("tracks"),
                                        id: try int(artist.string("id"), "artist id", at: artist)))
        }
        return credits
    }

    /// The images of `<images>` (gone from dumps since late 2024: then none).
    func images(in element: DumpElement) throws(DumpError) -> [Image] {
        var images: [Image] = []
        for image in element.child("images")?.children("image") ?? [] {
            images.append(Image(type: image.attribute("type").map(ImageType.init(rawValue:)), uri: image.attribute("uri"),
                                uri150: image.attribute("uri150"),
                                width: try int(image.attribute("width"), "image width", at: image),
                                height: try int(image.attribute("height"), "image height", at: image)))
        }
        return images
    }

    /// The videos of `<videos>`.
    func videos(in element: DumpElement) throws(DumpError) -> [Video] {
        var videos: [Video] = []
        for video in element.child("videos")?.children("video") ?? [] {
            videos.append(Video(uri: video.attribute("src"), title: video.string("title"),
                                description: video.string("description"),
                                duration: try int(video.attribute("duration"), "video duration", at: video),
                                embed: try bool(video.attribute("embed"), "video embed", at: video)))
        }
        return videos
    }

    /// `<data_quality>`.
    func dataQuality(in element: DumpElement) -> DataQuality? {
        element.string("data_quality").map(DataQuality.init(rawValue:))
    }

    /// The tracks of `<tracklist>` or `<sub_tracks>`: a track with sub-tracks is an index track,
    /// one with neither position nor duration a heading, as the API types them.
    func tracks(in list: DumpElement?) throws(DumpError) -> [Track] {
        var tracks: [Track] = []
        for track in list?.children("track") ?? [] {
            let subTracks = try self.tracks(in: track.child("sub_tracks"))
            let position = track.string("position")
            let duration = track.string("duration")
            let type: TrackType = !subTracks.isEmpty ? .index : (position == nil && duration == nil ? .heading : .track)
            tracks.append(Track(position: position, type: type, title: track.string("title") ?? "", duration: duration,
                                artists: try credits("artists", in: track), extraArtists: try credits("extraartists", in: track),
                                subTracks: subTracks))
        }
        return tracks
    }
}
