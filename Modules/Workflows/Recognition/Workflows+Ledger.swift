public import Domain
public import Gamification
import Persistence
import Support

extension Workflows {
    /// The credit account of an administration as its referents and the operator see it.
    public struct CreditAccount: Sendable, Hashable {
        /// The administration.
        public let administrationID: AdministrationID
        /// The balance (zero when nothing was ever posted).
        public let balance: CreditAmount
        /// The floor, if one is set.
        public let floor: CreditAmount?
        /// Whether the balance is below the floor (a flag; transfers are never blocked).
        public let isBelowFloor: Bool
    }

    /// A page of an account's statement, newest first.
    public struct CreditStatementPage: Sendable {
        /// The lines of this page.
        public let lines: [LedgerStatementLine]
        /// The cursor of the next page; nil on the last one.
        public let nextCursor: String?
    }

    /// The credit account of `administrationID` (a referent of it or of an ancestor; the operator).
    /// - Throws: ``NotFoundError`` for an unknown administration, ``AccessError``.
    public func creditAccount(_ administrationID: AdministrationID, by caller: Caller) throws -> CreditAccount {
        try database.read { connection in
            try requireLedgerAccess(administrationID, by: caller, in: connection)
            let account =
                try LedgerStore(connection).account(administrationID)
                ?? LedgerAccount(administrationID: administrationID, balance: .zero, floor: nil)
            return CreditAccount(
                administrationID: administrationID, balance: account.balance, floor: account.floor,
                isBelowFloor: account.isBelowFloor)
        }
    }

    /// One page of the statement of `administrationID`, newest first (same access as ``creditAccount(_:by:)``).
    /// - Throws: ``NotFoundError``, ``AccessError``, ``LedgerQueryError``.
    public func creditStatement(
        _ administrationID: AdministrationID, cursor: String?, limit: Int?,
        by caller: Caller
    ) throws -> CreditStatementPage {
        let limit = limit ?? LedgerQueryError.defaultLimit
        guard LedgerQueryError.limits.contains(limit) else { throw LedgerQueryError.invalidLimit(String(limit)) }
        let before = try cursor.map { text in
            guard let id = StatementCursor.movementID(text) else { throw LedgerQueryError.invalidCursor }
            return id
        }
        return try database.read { connection in
            try requireLedgerAccess(administrationID, by: caller, in: connection)
            let lines = try LedgerStore(connection).statement(of: administrationID, before: before, limit: limit + 1)
            let page = Array(lines.prefix(limit))
            return CreditStatementPage(
                lines: page,
                nextCursor: lines.count > limit
                    ? page.last.map { StatementCursor.make(after: $0.movement.id) } : nil)
        }
    }

    /// Reverses transfer `id` with `reason` (operator; the command line).
    /// - Throws: ``AccessError``, ``LedgerError``.
    public func reverseCreditTransfer(_ id: Int64, reason: String, by caller: Caller) throws -> LedgerTransfer {
        try caller.require(.operator, to: "reverse a credit transfer")
        return try database.write { try LedgerStore($0).reverse(id, reason: reason, by: caller.actor, at: clock.now) }
    }

    /// Sets or clears the floor of an administration's account (operator; the command line).
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func setCreditFloor(_ floor: CreditAmount?, of administrationID: AdministrationID, by caller: Caller) throws
    {
        try caller.require(.operator, to: "set a credit floor")
        try database.write { connection in
            guard try AdministrationStore(connection).find(administrationID) != nil else {
                throw NotFoundError("administration", id: administrationID)
            }
            try LedgerStore(connection).setFloor(floor, of: administrationID, by: caller.actor, at: clock.now)
        }
    }

    /// Recomputes every balance and the zero sum from the movements, in one snapshot; empty when sound.
    public func verifyLedger() throws -> [LedgerDiscrepancy] {
        try database.read { try LedgerStore($0).verifier().discrepancies() }
    }

    /// Every account, for reports and the command line.
    public func creditAccounts() throws -> [LedgerAccount] {
        try database.read { try LedgerStore($0).accounts() }
    }

    /// The operator, or a referent of `administrationID` or of one of its ancestors.
    func requireLedgerAccess(
        _ administrationID: AdministrationID, by caller: Caller,
        in connection: Connection
    ) throws {
        let administrations = AdministrationStore(connection)
        guard var current = try administrations.find(administrationID) else {
            throw NotFoundError("administration", id: administrationID)
        }
        guard let user = caller.user, !user.has(.operator) else { return }
        guard user.has(.referent), let own = user.administrationID else {
            throw AccessError.roleRequired(action: "read a credit account", roles: [.referent, .operator])
        }
        while current.id != own {
            guard let parent = try current.parentID.flatMap(administrations.find) else {
                throw AccessError.notOwner(action: "read the credit account of another administration")
            }
            current = parent
        }
    }
}

/// The opaque cursor of a statement page: the last movement shown.
enum StatementCursor {
    private static let prefix = "statement-v1:"

    static func make(after movementID: Int64) -> String {
        Base64URL.encode(Array((prefix + String(movementID)).utf8))
    }

    static func movementID(_ cursor: String) -> Int64? {
        guard let bytes = Base64URL.decode(cursor) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix(prefix), let id = Int64(text.dropFirst(prefix.count)), id > 0 else { return nil }
        return id
    }
}

/// A statement page request that cannot be served.
public enum LedgerQueryError: DomainError, Equatable {
    /// The page size when none is asked.
    public static let defaultLimit = 50
    /// The page sizes a client may ask.
    public static let limits = 1...100

    /// `limit` is not a number within ``limits`` (as given).
    case invalidLimit(String)
    /// A cursor this API did not hand out.
    case invalidCursor

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .invalidLimit: "statement-limit-invalid"
        case .invalidCursor: "statement-cursor-invalid"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .invalidLimit: "limit"
        case .invalidCursor: "cursor"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .invalidLimit(let limit): "A statement page holds 1 to 100 lines; '\(limit)' is not such a number."
        case .invalidCursor: "The cursor must be the nextCursor of the previous page."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .invalidValue }
}
