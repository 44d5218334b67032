import Domain
import Foundation
import Testing

@testable import Web

/// The web front's small pure helpers: cookies, CSRF tokens, form dates.
@Suite struct WebHelpersTests {
    @Test func cookiesAreParsedByNameAndTheFirstOfADuplicateWins() {
        #expect(
            WebContext.cookies("a=1; talents_session=abc=; b = 2 ; a=3; junk") == [
                "a": "1", "talents_session": "abc=", "b": "2"
            ])
        #expect(WebContext.cookies(nil).isEmpty)
        #expect(
            WebContext.cookies(";;  ; =x; c=; d=  ; e = é ;f=a b;g==;  h  =  1  ") == [
                "": "x", "c": "", "d": "", "e": "é", "f": "a b", "g": "=", "h": "1"
            ])
    }

    @Test func csrfTokensDependOnTheSecret() {
        let one = WebContext.csrfToken(secret: "secret-one")
        #expect(one == WebContext.csrfToken(secret: "secret-one"))
        #expect(one != WebContext.csrfToken(secret: "secret-two"))
        #expect(one.utf8.count == 43)
    }

    @Test func everyDateFieldReadsTheBrowsersFormatAndTheFrenchOne() throws {
        let expected = try LocalDate(year: 2027, month: 1, day: 5)
        for text in ["2027-01-05", "05/01/2027", "5/1/2027", " 05/01/2027 "] {
            #expect(WebFormat.parseDate(text) == expected, "\(text)")
        }
        for text in ["", "05/01/27", "31/02/2027", "2027/01/05", "05-01-2027", "5 janvier 2027", "05/01/2027/1"] {
            #expect(WebFormat.parseDate(text) == nil, "\(text)")
        }
    }

    @Test func formDatesAreParisTime() throws {
        // 1 December 2026 is in winter time (UTC+1); 1 July 2026 in summer time (UTC+2).
        let winter = try #require(OwnerApplicationsPage.parisInstant("2026-12-01T14:30"))
        #expect(winter == Instant(utc: try LocalDate(year: 2026, month: 12, day: 1), hour: 13, minute: 30))
        let summer = try #require(OwnerApplicationsPage.parisInstant("2026-07-01T14:30"))
        #expect(summer == Instant(utc: try LocalDate(year: 2026, month: 7, day: 1), hour: 12, minute: 30))
        #expect(OwnerApplicationsPage.parisInstant("demain") == nil)
        #expect(OwnerApplicationsPage.parisInstant("") == nil)
    }
}
