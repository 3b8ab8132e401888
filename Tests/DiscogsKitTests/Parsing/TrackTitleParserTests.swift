import DiscogsKit
import Testing

@Suite("Track title parser: the traps the old spider fell into")
struct TrackTitleTrapTests {
    static let traps: [TitleCase] = [
        // Substring matches that are not versions.
        TitleCase("Mixtape", base: "Mixtape"),
        TitleCase("Dub Be Good To Me", base: "Dub Be Good To Me"),
        TitleCase("Oliver", base: "Oliver"),
        TitleCase("Alive", base: "Alive"),
        TitleCase("Live Forever", base: "Live Forever"),
        TitleCase("Live And Let Die", base: "Live And Let Die"),
        TitleCase("Editions Of You", base: "Editions Of You"),
        TitleCase("Remix To Ignition", base: "Remix To Ignition"),
        TitleCase("The Version Of Me", base: "The Version Of Me"),
        TitleCase("Original Mix", base: "Original Mix"),
        TitleCase("Mixtape (Radio Edit)", base: "Mixtape", versions: ["Radio Edit"], type: "Radio Edit"),
        TitleCase("Dub Be Good To Me (Original Mix)", base: "Dub Be Good To Me", versions: ["Original Mix"],
                  type: "Original Mix"),
        // Live only from a descriptor.
        TitleCase("Alive (Live)", base: "Alive", versions: ["Live"], live: true, type: "Live"),
        TitleCase("Live Forever (Remastered)", base: "Live Forever", versions: ["Remastered"], type: "Remastered"),
        TitleCase("Oliver (Live At Wembley)", base: "Oliver", versions: ["Live At Wembley"], live: true, type: "Live"),
        TitleCase("Song (Live In Tokyo 1977)", base: "Song", versions: ["Live In Tokyo 1977"], live: true, type: "Live"),
        TitleCase("Song (Recorded Live At The Roxy)", base: "Song", versions: ["Recorded Live At The Roxy"],
                  live: true, type: "Live"),
        TitleCase("Song (Live Version)", base: "Song", versions: ["Live Version"], live: true, type: "Live Version"),
        TitleCase("Song (Live Edit)", base: "Song", versions: ["Live Edit"], live: true, type: "Live Edit"),
        TitleCase("Song - Live", base: "Song", versions: ["Live"], live: true, type: "Live"),
        TitleCase("Song (Live Forever Remix)", base: "Song", versions: ["Live Forever Remix"], remix: true,
                  remixers: ["Live Forever"], type: "Remix"),
        TitleCase("Song (Alive Mix)", base: "Song", versions: ["Alive Mix"], remix: true, remixers: ["Alive"],
                  type: "Mix"),
        // Versions that are not transformations.
        TitleCase("Sandstorm (Original Mix)", base: "Sandstorm", versions: ["Original Mix"], type: "Original Mix"),
        TitleCase("Song (Extended Mix)", base: "Song", versions: ["Extended Mix"], type: "Extended Mix"),
        TitleCase("Song (Extended)", base: "Song", versions: ["Extended"], type: "Extended"),
        TitleCase("Song (Radio Edit)", base: "Song", versions: ["Radio Edit"], type: "Radio Edit"),
        TitleCase("Song (Club Mix)", base: "Song", versions: ["Club Mix"], type: "Club Mix"),
        TitleCase("Song (Album Version)", base: "Song", versions: ["Album Version"], type: "Album Version"),
        TitleCase("Song (Single Version)", base: "Song", versions: ["Single Version"], type: "Single Version"),
        TitleCase("Song (Instrumental)", base: "Song", versions: ["Instrumental"], type: "Instrumental"),
        TitleCase("Song (A Cappella)", base: "Song", versions: ["A Cappella"], type: "Acapella"),
        TitleCase("Song (Remastered 2011)", base: "Song", versions: ["Remastered 2011"], type: "Remastered"),
        TitleCase("Song - 2009 Digital Remaster", base: "Song", versions: ["2009 Digital Remaster"],
                  type: "Digital Remaster"),
        TitleCase("Song (Mono)", base: "Song", versions: ["Mono"], type: "Mono"),
        TitleCase("Song (Stereo Mix)", base: "Song", versions: ["Stereo Mix"], type: "Stereo Mix"),
        TitleCase("Song (Reprise)", base: "Song", versions: ["Reprise"], type: "Reprise"),
        TitleCase("Song (Edit)", base: "Song", versions: ["Edit"], type: "Edit"),
        // Transformations.
        TitleCase("Song (Remix)", base: "Song", versions: ["Remix"], remix: true, type: "Remix"),
        TitleCase("Song (Rmx)", base: "Song", versions: ["Rmx"], remix: true, type: "Remix"),
        TitleCase("Song (Remix By Dixon)", base: "Song", versions: ["Remix By Dixon"], remix: true,
                  remixers: ["Dixon"], type: "Remix"),
        TitleCase("Song (Remixed by Âme)", base: "Song", versions: ["Remixed by Âme"], remix: true,
                  remixers: ["Âme"], type: "Remix"),
        TitleCase("Song (Tiësto's Remix)", base: "Song", versions: ["Tiësto's Remix"], remix: true,
                  remixers: ["Tiësto"], type: "Remix"),
        TitleCase("Song (Dixon Edit)", base: "Song", versions: ["Dixon Edit"], remix: true, remixers: ["Dixon"],
                  type: "Edit"),
        TitleCase("Strings Of Life (Derrick May Mix)", base: "Strings Of Life", versions: ["Derrick May Mix"],
                  remix: true, remixers: ["Derrick May"], type: "Mix"),
        TitleCase("Song (Todd Terje Re-Edit)", base: "Song", versions: ["Todd Terje Re-Edit"], remix: true,
                  remixers: ["Todd Terje"], type: "Re-Edit"),
        TitleCase("Song (X Rework)", base: "Song", versions: ["X Rework"], remix: true, remixers: ["X"], type: "Rework"),
        TitleCase("Song (Shy FX Refix)", base: "Song", versions: ["Shy FX Refix"], remix: true,
                  remixers: ["Shy FX"], type: "Refix"),
        TitleCase("Song (Kanye Flip)", base: "Song", versions: ["Kanye Flip"], remix: true, remixers: ["Kanye"],
                  type: "Flip"),
        TitleCase("Song (Bootleg)", base: "Song", versions: ["Bootleg"], remix: true, type: "Bootleg"),
        TitleCase("Song (VIP)", base: "Song", versions: ["VIP"], remix: true, type: "VIP"),
        TitleCase("Song (Dub)", base: "Song", versions: ["Dub"], remix: true, type: "Dub"),
        TitleCase("Song (Dub Version)", base: "Song", versions: ["Dub Version"], remix: true, type: "Dub Version"),
        TitleCase("Song (Mr. G 2 B & 4 K Remix)", base: "Song", versions: ["Mr. G 2 B & 4 K Remix"], remix: true,
                  remixers: ["Mr. G 2 B & 4 K"], type: "Remix"),
        TitleCase("Song (Dixon Remix - Radio Edit)", base: "Song", versions: ["Dixon Remix - Radio Edit"], remix: true,
                  remixers: ["Dixon"], type: "Remix"),
        TitleCase("Song (Radio Edit) (Dixon Remix)", base: "Song", versions: ["Radio Edit", "Dixon Remix"], remix: true,
                  remixers: ["Dixon"], type: "Remix"),
        TitleCase("Song (Remastered / Mono)", base: "Song", versions: ["Remastered / Mono"], type: "Remastered"),
        TitleCase("Song (Instrumental Dub)", base: "Song", versions: ["Instrumental Dub"], remix: true,
                  type: "Instrumental Dub"),
        TitleCase("Song (Like The Sunshine - Part 2)", base: "Song (Like The Sunshine - Part 2)"),
        // Featuring.
        TitleCase("Song feat. Jay-Z", base: "Song", featuring: ["Jay-Z"]),
        TitleCase("Song ft. X (Y Remix)", base: "Song", versions: ["Y Remix"], remix: true, remixers: ["Y"],
                  featuring: ["X"], type: "Remix"),
        TitleCase("Song Featuring X - Radio Edit", base: "Song", versions: ["Radio Edit"], featuring: ["X"],
                  type: "Radio Edit"),
        TitleCase("Song [Dixon Edit] (feat. Jay-Z & Beyoncé)", base: "Song", versions: ["Dixon Edit"], remix: true,
                  remixers: ["Dixon"], featuring: ["Jay-Z & Beyoncé"], type: "Edit"),
        TitleCase("A Feat Of Clay", base: "A Feat Of Clay"),
        // Subtitles stay in the base title.
        TitleCase("Gimme! Gimme! Gimme! (A Man After Midnight)", base: "Gimme! Gimme! Gimme! (A Man After Midnight)"),
        TitleCase("Song (Part 2)", base: "Song (Part 2)"),
        TitleCase("(Intro)", base: "(Intro)"),
        TitleCase("Song (Remix", base: "Song (Remix"),
        TitleCase("Song - Part Two", base: "Song - Part Two"),
        TitleCase("", base: ""),
    ]

    @Test("traps", arguments: traps)
    func trap(_ row: TitleCase) {
        row.check(TrackTitleParser.parse(row.title))
    }

    @Test("subtitles are reported and kept in the base title")
    func subtitlesAreReported() {
        let parsed = TrackTitleParser.parse("I Need Your Lovin' (Like The Sunshine) (Ferry Corsten Remix)")
        #expect(parsed.subtitles == ["Like The Sunshine"])
        #expect(parsed.descriptors.map(\.role) == [.subtitle, .version])
        #expect(parsed.descriptors.map(\.enclosure) == [.parentheses, .parentheses])
    }

    @Test("descriptors say how they were set off")
    func enclosures() {
        let parsed = TrackTitleParser.parse("Song [Dub] (Live) - Remastered")
        #expect(parsed.descriptors.map(\.enclosure) == [.brackets, .parentheses, .dash])
        #expect(parsed.isRemix && parsed.isLive)
        #expect(parsed.remixType == "Dub")
    }
}
