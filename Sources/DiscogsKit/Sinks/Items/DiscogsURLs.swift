/// The `external_urls` entries that point at Discogs: the web page and the API resource.
///
/// Keys are `discogs` (web page), `discogs_api` (API resource) and, for a release with a master,
/// `discogs_master` (the master's web page).
///
/// ```swift
/// DiscogsURLs.release(249504)
/// // ["discogs": "https://www.discogs.com/release/249504",
/// //  "discogs_api": "https://api.discogs.com/releases/249504"]
/// ```
public enum DiscogsURLs {
    /// The key of the Discogs web page URL.
    public static let webKey = "discogs"
    /// The key of the Discogs API resource URL.
    public static let apiKey = "discogs_api"
    /// The key of the master release's web page URL.
    public static let masterKey = "discogs_master"

    /// The web and API URLs of release `id`, plus its master's page when `masterID` is given.
    public static func release(_ id: Int, masterID: Int? = nil) -> [String: String] {
        var urls = [webKey: "https://www.discogs.com/release/\(id)", apiKey: "https://api.discogs.com/releases/\(id)"]
        if let masterID { urls[masterKey] = "https://www.discogs.com/master/\(masterID)" }
        return urls
    }

    /// The web and API URLs of artist `id`.
    public static func artist(_ id: Int) -> [String: String] {
        [webKey: "https://www.discogs.com/artist/\(id)", apiKey: "https://api.discogs.com/artists/\(id)"]
    }

    /// The web and API URLs of label `id`.
    public static func label(_ id: Int) -> [String: String] {
        [webKey: "https://www.discogs.com/label/\(id)", apiKey: "https://api.discogs.com/labels/\(id)"]
    }
}
