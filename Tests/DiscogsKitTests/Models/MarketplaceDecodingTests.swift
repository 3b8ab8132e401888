import DiscogsKit
import Foundation
import Testing

@Suite struct MarketplaceDecodingTests {
    @Test func listingWithEmptyPriceObjectsAndStringRatingDecodes() throws {
        let (listing, issues) = try ModelFixtures.decode(Listing.self, "listing-empty-prices")
        #expect(issues.isEmpty, "\(issues)")
        #expect(listing.price == Price(value: 12.5, currency: .unknown("XYZ")))
        #expect(listing.shippingPrice == Price())
        #expect(listing.originalShippingPrice == OriginalPrice())
        #expect(listing.originalPrice?.converted?.currency == .usd)
        #expect(listing.originalPrice?.formatted == "€10.63")
        #expect(listing.condition == .mint)
        #expect(listing.sleeveCondition == .unknown("Like New"))
        #expect(listing.seller?.stats == SellerStats(rating: 99.8, stars: 4.5, total: 15571))
        #expect(listing.release?.masterID == nil)
        #expect(listing.release?.catalogNumber == "CAT 1")
        #expect(listing.weight == 239)
    }

    @Test func emptyPriceObjectsEncodeBackAsEmptyObjects() throws {
        let (listing, _) = try ModelFixtures.decode(Listing.self, "listing-empty-prices")
        let json = try ModelFixtures.encodedJSON(listing)
        #expect(json["shipping_price"] == .object([:]))
        #expect(json["price"]?["currency"] == .string("XYZ"))
        #expect(json["sleeve_condition"] == .string("Like New"))
    }

    @Test func priceSuggestionsAreKeyedByCondition() throws {
        let (suggestions, issues) = try ModelFixtures.decode(PriceSuggestions.self, "price-suggestions")
        #expect(suggestions[.mint] == Price(value: 16.625, currency: .eur))
        #expect(suggestions[.veryGoodPlus]?.value == 11.375000000000002)
        #expect(suggestions[.unknown("Like New")]?.value == 15)
        #expect(suggestions[.poor] == nil)
        #expect(suggestions[.fair] == nil)
        #expect(issues.map(\.codingPath) == ["Fair (F)"])
        let json = try ModelFixtures.encodedJSON(suggestions)
        #expect(json["Mint (M)"]?["value"] == .number(16.625))
        #expect(json["Like New"] != nil)
    }

    @Test(arguments: [
        (0, MarketplaceStats(lowestPrice: Price(value: 18.07, currency: .usd), numForSale: 4, blockedFromSale: false)),
        (1, MarketplaceStats(blockedFromSale: true)),
        (2, MarketplaceStats(lowestPrice: Price(value: 7.5), numForSale: 2)),
    ])
    func marketplaceStatsToleratesNullsAndBareNumbers(index: Int, expected: MarketplaceStats) throws {
        let (stats, issues) = try ModelFixtures.decode([MarketplaceStats].self, "marketplace-stats-variants")
        #expect(issues.isEmpty)
        #expect(stats[index] == expected)
    }

    @Test func orderIDsAreTextWhetherSentAsStringOrNumber() throws {
        let (page, issues) = try ModelFixtures.decode(Page<Order>.self, "orders-ids")
        #expect(issues.isEmpty, "\(issues)")
        #expect(page.items.map(\.id) == ["1-1", "5"])
        #expect(page.items[0].nextStatus == ["Buyer Contacted", "Invoice Sent"])
        #expect(page.items[1].nextStatus == ["Refund Sent"])
        #expect(page.items[0].total == Price(value: 42, currency: .usd))
        #expect(page.items[0].shipping == OrderShipping(value: 0, currency: .usd, method: "Standard"))
        #expect(page.items[0].items.first?.mediaCondition == .mint)
        #expect(page.items[0].items.first?.sleeveCondition == .generic)
        #expect(page.items[0].items.first?.release?.id == 1)
        #expect(page.items[0].archived == false)
    }

    @Test func orderIDEncodesBackAsText() throws {
        let json = try ModelFixtures.encodedJSON(Order(id: "1-1"))
        #expect(json["id"] == .string("1-1"))
    }

    @Test func orderWithoutIDFailsNamingTheKey() {
        #expect {
            _ = try JSONDecoder().decode(Order.self, from: Data(#"{"status": "New Order"}"#.utf8))
        } throws: { error in
            DecodingErrorText.path(of: error) == "id"
        }
    }

    @Test func orderMessagesOfEachKindDecode() throws {
        let (page, issues) = try ModelFixtures.decode(Page<OrderMessage>.self, "order-messages")
        #expect(issues.isEmpty, "\(issues)")
        #expect(page.items.map(\.type) == [.message, .status, .shipping, .refundSent])
        #expect(page.items[0].from?.username == "example_seller")
        #expect(page.items[0].order?.id == "1-1")
        #expect(page.items[1].statusID == 2)
        #expect(page.items[2].originalAmount == 0)
        #expect(page.items[2].newAmount == 5.5)
        #expect(page.items[3].refund?.amount == 5)
        #expect(page.items[3].refund?.order?.id == "11")
    }
}
