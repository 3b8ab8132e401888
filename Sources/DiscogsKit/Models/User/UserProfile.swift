/// A user's public profile (`GET /users/{username}`); the owner sees more fields (``email``,
/// ``numUnread``, ``isStaff``, …).
///
/// Only ``id`` is required. Ratings and rank arrive as floats (`100.0`) and are kept as `Double`.
///
/// ```swift
/// let profile = try JSONDecoder().decode(UserProfile.self, from: body)
/// print(profile.username, profile.numCollection ?? 0, profile.currency?.rawValue ?? "USD")
/// ```
public struct UserProfile: Sendable, Hashable, Codable {
    /// The user id.
    public var id: Int
    /// The user's name; `""` when missing.
    public var username: String
    /// The display name, as typed (may be `""`).
    public var name: String?
    /// The e-mail address (only for the owner).
    public var email: String?
    /// The profile text, with Discogs markup.
    public var profile: String?
    /// The home page URL (`home_page`); nil when blank.
    public var homePage: String?
    /// The location; nil when blank.
    public var location: String?
    /// When the account was created, ISO 8601 with offset, as sent.
    public var registered: String?
    /// The user's marketplace currency (`curr_abbr`); nil when unset (`""`).
    public var currency: Currency?
    /// The user's contributor rank.
    public var rank: Double?
    /// How many releases are in the collection (only if public or the owner asks).
    public var numCollection: Int?
    /// How many releases are in the wantlist (only if public or the owner asks).
    public var numWantlist: Int?
    /// How many lists the user has (private ones included for the owner).
    public var numLists: Int?
    /// How many listings are for sale.
    public var numForSale: Int?
    /// How many submissions are pending.
    public var numPending: Int?
    /// How many unread messages there are (only for the owner).
    public var numUnread: Int?
    /// How many releases the user contributed to.
    public var releasesContributed: Int?
    /// How many releases the user rated.
    public var releasesRated: Int?
    /// The user's average rating of releases (`rating_avg`).
    public var ratingAvg: Double?
    /// The buyer feedback percentage (`buyer_rating`).
    public var buyerRating: Double?
    /// The buyer rating in stars, 0…5 (`buyer_rating_stars`).
    public var buyerRatingStars: Double?
    /// How many buyer ratings (`buyer_num_ratings`).
    public var buyerNumRatings: Int?
    /// The seller feedback percentage (`seller_rating`).
    public var sellerRating: Double?
    /// The seller rating in stars, 0…5 (`seller_rating_stars`).
    public var sellerRatingStars: Double?
    /// How many seller ratings (`seller_num_ratings`).
    public var sellerNumRatings: Int?
    /// Whether the user is Discogs staff (only for the owner).
    public var isStaff: Bool?
    /// Whether the account is activated (only for the owner).
    public var activated: Bool?
    /// Whether the user's marketplace access is suspended (only for the owner).
    public var marketplaceSuspended: Bool?
    /// The avatar image URL; nil when blank.
    public var avatarURL: String?
    /// The banner image URL; nil when blank.
    public var bannerURL: String?
    /// The profile's web page URL.
    public var uri: String?
    /// The profile's API URL (`resource_url`).
    public var resourceURL: String?
    /// The API URL of the user's inventory (`inventory_url`).
    public var inventoryURL: String?
    /// The API URL of the collection folders (`collection_folders_url`).
    public var collectionFoldersURL: String?
    /// The API URL of the collection fields (`collection_fields_url`).
    public var collectionFieldsURL: String?
    /// The API URL of the wantlist (`wantlist_url`).
    public var wantlistURL: String?

    /// Creates a profile.
    public init(id: Int, username: String = "", name: String? = nil, email: String? = nil, profile: String? = nil,
                homePage: String? = nil, location: String? = nil, registered: String? = nil,
                currency: Currency? = nil, rank: Double? = nil, numCollection: Int? = nil, numWantlist: Int? = nil,
                numLists: Int? = nil, numForSale: Int? = nil, numPending: Int? = nil, numUnread: Int? = nil,
                releasesContributed: Int? = nil, releasesRated: Int? = nil, ratingAvg: Double? = nil,
                buyerRating: Double? = nil, buyerRatingStars: Double? = nil, buyerNumRatings: Int? = nil,
                sellerRating: Double? = nil, sellerRatingStars: Double? = nil, sellerNumRatings: Int? = nil,
                isStaff: Bool? = nil, activated: Bool? = nil, marketplaceSuspended: Bool? = nil,
                avatarURL: String? = nil, bannerURL: String? = nil, uri: String? = nil, resourceURL: String? = nil,
                inventoryURL: String? = nil, collectionFoldersURL: String? = nil,
                collectionFieldsURL: String? = nil, wantlistURL: String? = nil) {
        self.id = id
        self.username = username
        self.name = name
        self.email = email
        self.profile = profile
        self.homePage = homePage
        self.location = location
        self.registered = registered
        self.currency = currency
        self.rank = rank
        self.numCollection = numCollection
        self.numWantlist = numWantlist
        self.numLists = numLists
        self.numForSale = numForSale
        self.numPending = numPending
        self.numUnread = numUnread
        self.releasesContributed = releasesContributed
        self.releasesRated = releasesRated
        self.ratingAvg = ratingAvg
        self.buyerRating = buyerRating
        self.buyerRatingStars = buyerRatingStars
        self.buyerNumRatings = buyerNumRatings
        self.sellerRating = sellerRating
        self.sellerRatingStars = sellerRatingStars
        self.sellerNumRatings = sellerNumRatings
        self.isStaff = isStaff
        self.activated = activated
        self.marketplaceSuspended = marketplaceSuspended
        self.avatarURL = avatarURL
        self.bannerURL = bannerURL
        self.uri = uri
        self.resourceURL = resourceURL
        self.inventoryURL = inventoryURL
        self.collectionFoldersURL = collectionFoldersURL
        self.collectionFieldsURL = collectionFieldsURL
        self.wantlistURL = wantlistURL
    }

    /// Decodes a profile; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        username = try c.decodeIfPresent(String.self, forKey: .username) ?? ""
        name = try c.decodeIfPresent(String.self, forKey: .name)
        email = try c.decodeNonEmptyStringIfPresent(forKey: .email)
        profile = try c.decodeIfPresent(String.self, forKey: .profile)
        homePage = try c.decodeNonEmptyStringIfPresent(forKey: .homePage)
        location = try c.decodeNonEmptyStringIfPresent(forKey: .location)
        registered = try c.decodeNonEmptyStringIfPresent(forKey: .registered)
        currency = try c.decodeLossyEnumIfPresent(Currency.self, forKey: .currency)
        rank = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .rank)
        numCollection = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numCollection)
        numWantlist = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numWantlist)
        numLists = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numLists)
        numForSale = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numForSale)
        numPending = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numPending)
        numUnread = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numUnread)
        releasesContributed = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .releasesContributed)
        releasesRated = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .releasesRated)
        ratingAvg = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .ratingAvg)
        buyerRating = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .buyerRating)
        buyerRatingStars = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .buyerRatingStars)
        buyerNumRatings = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .buyerNumRatings)
        sellerRating = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .sellerRating)
        sellerRatingStars = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .sellerRatingStars)
        sellerNumRatings = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .sellerNumRatings)
        isStaff = try c.decodeBoolOrStringIfPresent(forKey: .isStaff)
        activated = try c.decodeBoolOrStringIfPresent(forKey: .activated)
        marketplaceSuspended = try c.decodeBoolOrStringIfPresent(forKey: .marketplaceSuspended)
        avatarURL = try c.decodeNonEmptyStringIfPresent(forKey: .avatarURL)
        bannerURL = try c.decodeNonEmptyStringIfPresent(forKey: .bannerURL)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        inventoryURL = try c.decodeNonEmptyStringIfPresent(forKey: .inventoryURL)
        collectionFoldersURL = try c.decodeNonEmptyStringIfPresent(forKey: .collectionFoldersURL)
        collectionFieldsURL = try c.decodeNonEmptyStringIfPresent(forKey: .collectionFieldsURL)
        wantlistURL = try c.decodeNonEmptyStringIfPresent(forKey: .wantlistURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, username, name, email, profile, location, registered, rank, activated, uri
        case homePage = "home_page"
        case currency = "curr_abbr"
        case numCollection = "num_collection"
        case numWantlist = "num_wantlist"
        case numLists = "num_lists"
        case numForSale = "num_for_sale"
        case numPending = "num_pending"
        case numUnread = "num_unread"
        case releasesContributed = "releases_contributed"
        case releasesRated = "releases_rated"
        case ratingAvg = "rating_avg"
        case buyerRating = "buyer_rating"
        case buyerRatingStars = "buyer_rating_stars"
        case buyerNumRatings = "buyer_num_ratings"
        case sellerRating = "seller_rating"
        case sellerRatingStars = "seller_rating_stars"
        case sellerNumRatings = "seller_num_ratings"
        case isStaff = "is_staff"
        case marketplaceSuspended = "marketplace_suspended"
        case avatarURL = "avatar_url"
        case bannerURL = "banner_url"
        case resourceURL = "resource_url"
        case inventoryURL = "inventory_url"
        case collectionFoldersURL = "collection_folders_url"
        case collectionFieldsURL = "collection_fields_url"
        case wantlistURL = "wantlist_url"
    }
}
