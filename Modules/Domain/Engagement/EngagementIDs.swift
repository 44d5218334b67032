/// Identifies an ``Agreement``.
public typealias AgreementID = ID<Agreement>
/// Identifies a ``MissionOrder``.
public typealias MissionOrderID = ID<MissionOrder>
/// Identifies a ``TimeReport``.
public typealias TimeReportID = ID<TimeReport>
