import Domain
import Testing

@testable import Web

/// The referent pages’ pure helpers: the page numbers over a whole list, credits in French.
@Suite struct WebReferentHelpersTests {
    @Test func pageNumbersAreClampedAndSliceTheList() {
        let items = Array(1...45)
        let third = ListPagination("3", total: items.count)
        #expect(third.page == 3 && third.pageCount == 3 && Array(third.slice(items)) == Array(41...45))
        #expect(ListPagination("99", total: 45).page == 3, "past the end: the last page")
        #expect(ListPagination("abc", total: 45).page == 1 && ListPagination("-2", total: 45).page == 1)
        #expect(ListPagination(nil, total: 0).pageCount == 1 && ListPagination(nil, total: 0).slice([Int]()).isEmpty)
        let links = String(
            describing: ListPagination("2", total: 45).links(
                "/referent/credits", [("debut", "2026-01-01"), ("fin", nil)]))
        #expect(links.contains("href=\"/referent/credits?debut=2026-01-01&amp;page=3\""))
        #expect(links.contains("href=\"/referent/credits?debut=2026-01-01\""), "page 1 without its number")
        #expect(links.contains("aria-current=\"page\" title=\"Page 2\""))
        #expect(String(describing: ListPagination("1", total: 20).links("/x", [])).isEmpty, "one page: no links")
    }

    @Test func creditsAreWrittenWithTwoDecimalsAndAComma() {
        #expect(ReferentCreditsPage.credits(units: 150) == "2,50")
        #expect(ReferentCreditsPage.credits(units: -61) == "-1,01")
        #expect(ReferentCreditsPage.credits(units: 0) == "0,00")
    }
}
