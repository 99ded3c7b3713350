import Foundation
import Sandbox
import Testing

/// The sandbox's `GET /v3/flex-discounts` (`flex-discounts/apis.md`): required segment and
/// country, filters, paging with `next` and `prev`.
@Suite struct AdobeFlexDiscountTests {
    static func codes(_ object: [String: Any]) -> [String] {
        (object["flexDiscounts"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
    }

    @Test func segmentAndCountryAreRequiredAndTheSegmentIsThePartners() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let bare = try await sandbox.raw(.get, "/v3/flex-discounts")
        #expect(bare.status == 400 && bare.object["code"] as? String == "1117")
        #expect(bare.object["additionalDetails"] as? [String] == ["market-segment", "country"])
        let edu = try await sandbox.raw(.get, "/v3/flex-discounts?market-segment=EDU&country=US")
        #expect(edu.status == 400 && edu.object["code"] as? String == "1160")
        let both = try await sandbox.raw(.get, "/v3/flex-discounts?market-segment=COM&country=US&flex-discount-id=x&categories=INTRO")
        #expect(both.status == 400 && both.object["additionalDetails"] as? [String] == ["categories"])
        let wide = try await sandbox.raw(.get, "/v3/flex-discounts?market-segment=COM&country=US&limit=51")
        #expect(wide.status == 400 && wide.object["additionalDetails"] as? [String] == ["limit"])
    }

    @Test func discountsAreFilteredByCountryOfferCategoryAndCode() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let base = "/v3/flex-discounts?market-segment=COM"
        let cases: [(String, [String])] = [
            ("&country=US", ["INTRO-PHOTOSHOP", "ACROBAT-20-OFF", "SPRING-10"]),
            ("&country=GB", ["SPRING-10"]),
            ("&country=US&offer-ids=65304520CA02A12,80004567EA01A12", ["ACROBAT-20-OFF", "SPRING-10"]),
            ("&country=US&categories=INTRO", ["INTRO-PHOTOSHOP"]),
            ("&country=US&flex-discount-code=SPRING-10", ["SPRING-10"]),
            ("&country=US&flex-discount-id=7f3c2a10-0002-4b6e-9d21-5a0c1e7b3002", ["ACROBAT-20-OFF"]),
        ]
        for (query, expected) in cases {
            let page = try await sandbox.raw(.get, base + query)
            #expect(page.status == 200, "\(query)")
            #expect(Self.codes(page.object) == expected, "\(query)")
        }
        let first = try await sandbox.raw(.get, base + "&country=US")
        let discount = try #require((first.object["flexDiscounts"] as? [[String: Any]])?.first)
        #expect((discount["qualification"] as? [String: Any])?["baseOfferIds"] as? [String] == ["65304522CA01A12"])
        let value = (discount["outcomes"] as? [[String: Any]])?.first
        #expect(value?["type"] as? String == "FIXED_PRICE")
    }

    @Test func pagesCarryNextAndPrevLinksThatKeepTheFilters() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let first = try await sandbox.raw(.get, "/v3/flex-discounts?market-segment=COM&country=US&limit=2")
        #expect(first.object["count"] as? Int == 2 && first.object["totalCount"] as? Int == 3 && first.object["limit"] as? Int == 2)
        let links = try #require(first.object["links"] as? [String: [String: Any]])
        #expect(links["prev"] == nil)
        let next = try #require(links["next"]?["uri"] as? String)
        #expect(next == "/v3/flex-discounts?market-segment=COM&country=US&limit=2&offset=2")
        let second = try await sandbox.raw(.get, next)
        #expect(Self.codes(second.object) == ["SPRING-10"] && second.object["offset"] as? Int == 2)
        let secondLinks = try #require(second.object["links"] as? [String: [String: Any]])
        #expect(secondLinks["next"] == nil && secondLinks["prev"]?["uri"] as? String
            == "/v3/flex-discounts?market-segment=COM&country=US&limit=2&offset=0")
    }
}
