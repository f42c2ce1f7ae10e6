import Testing
@testable import VerbatimCore

/// Publication dates written one way, so that time order is text order.
@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2019-11-19", "2019-11-19"),
        ("2019-11-19T13:03:00.000Z", "2019-11-19T13:03:00Z"),
        ("2019-11-19 02:24:00", "2019-11-19T02:24:00"),
        ("2019-11-19T14:03:00+01:00", "2019-11-19T13:03:00Z"),
        ("2019-11-19T00:30-0500", "2019-11-19T05:30:00Z"),
        ("2019-12-31T23:30:00-01:00", "2020-01-01T00:30:00Z"),
        ("2019-11-19 13:03 UTC", "2019-11-19T13:03:00Z"),
        ("Tue, 19 Nov 2019 13:03:00 GMT", "2019-11-19T13:03:00Z"),
        ("19 Nov 2019 08:03:00 -0500", "2019-11-19T13:03:00Z"),
        ("Tue, 19 Nov 2019", "2019-11-19"),
        ("  2016-08-11 ", "2016-08-11"),
        // Not a date read here, or not a real one: kept as it is.
        ("last Tuesday", "last Tuesday"),
        ("2019-02-30", "2019-02-30"),
        ("2019-11-19T25:00:00Z", "2019-11-19T25:00:00Z"),
        ("20191119", "20191119"),
    ])
    func writesDatesOneWay(given: String, written: String) {
        #expect(PublicationDate.normalized(given) == written)
    }

    @Test func loadingPutsSourcesInTimeOrderWhateverTheirForm() {
        var session = Session()
        session.add(ArticleSource(date: "Tue, 19 Nov 2019 13:03:00 GMT", text: "Later."))
        session.add(ArticleSource(date: "2019-11-19T13:00:00+01:00", text: "Earlier."))
        #expect(session.articles.map(\.date) == ["2019-11-19T13:03:00Z", "2019-11-19T12:00:00Z"])
        #expect(session.articles.compactMap(\.date).sorted() == ["2019-11-19T12:00:00Z", "2019-11-19T13:03:00Z"])
    }
}

/// Outlets given as web addresses, named by their site.
@Suite struct OutletNameTests {
    @Test func namesAnOutletGivenAsAnAddressByItsSite() {
        #expect(OutletName.normalized("https://www.reuters.com/world/europe") == "reuters.com")
        #expect(OutletName.normalized("http://okeynews.com") == "okeynews.com")
        #expect(OutletName.normalized("www.ptinews.com") == "ptinews.com")
        #expect(OutletName.normalized(" Reuters ") == "Reuters")
        #expect(OutletName.normalized("The Alder Gazette") == "The Alder Gazette")
        #expect(OutletName.normalized("https://") == "https://")
        var session = Session()
        session.add(ArticleSource(outlet: "https://www.reuters.com/", text: "Text."))
        #expect(session.articles[0].outlet == "reuters.com")
    }
}
