import Storage

/// A school term as the ledger stores it (names only this module's Storage import, where
/// `SchoolTerm` is unambiguous; Scheduling has a `SchoolTerm` of its own).
typealias StoredSchoolTerm = SchoolTerm
