import HTTP

extension WebRoutes {
    /// The person's own data: to read and to download.
    static func addPersonalDataPages(_ on: Register) {
        on(.get, MyDataPage.path) { try MyDataPage.render($0) }
        on(.get, MyDataPage.downloadPath) { try MyDataPage.download($0) }
    }
}
