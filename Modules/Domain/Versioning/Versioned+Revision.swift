extension Versioned {
    /// Checks, before acting, that the caller read this revision: the `If-Match` precondition
    /// is evaluated before the method (RFC 9110 §13.2.2), so a stale request is refused even when
    /// the action itself would also fail.
    /// - Throws: ``StaleRevisionError`` when `expected` is given and is not ``revision``.
    public func check(expected: Int?, subject: String) throws {
        if let expected, expected != revision {
            throw StaleRevisionError(subject: subject, expected: expected, current: revision)
        }
    }
}
