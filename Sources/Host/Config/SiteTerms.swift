import Foundation
import Storage

/// The site's own school terms (`[[school.terms]]` in the site config): provinces and
/// cities set their own term and vacation dates, so the site says them once and every
/// unit of type `school` that keeps no terms of its own follows them. A unit's own terms
/// (the `terms` column of the units CSV) win whole: they are never merged with these.
public struct SiteTerms: Sendable, Equatable {
  /// The unit type the site's terms are for.
  public static let unitType = "school"

  /// The terms, in date order.
  public var terms: [SchoolTerm]

  /// The site's terms.
  public init(_ terms: [SchoolTerm] = []) { self.terms = terms }

  /// No site terms: every unit keeps only its own.
  public static let none = SiteTerms()

  /// Whether `unit` follows the site's terms: a school keeping none of its own.
  public func governs(_ unit: OrgUnit) -> Bool {
    !terms.isEmpty && unit.terms.isEmpty && unit.type == Self.unitType
  }

  /// The terms `unit` is scheduled by: its own, else the site's when it is a school.
  public func terms(of unit: OrgUnit) -> [SchoolTerm] {
    governs(unit) ? terms : unit.terms
  }

  /// `unit` with the terms it is scheduled by (never written back to the ledger).
  public func applied(to unit: OrgUnit) -> OrgUnit {
    guard governs(unit) else { return unit }
    var scheduled = unit
    scheduled.terms = terms
    return scheduled
  }

  /// The environment variable through which the CLI passes the terms of the site config
  /// read by default (see SiteDefaults) to every command, as JSON.
  public static let environmentVariable = "TAIZHANG_CONFIG_SCHOOL_TERMS"

  /// The value of `environmentVariable` for these terms.
  public var environmentValue: String {
    guard let data = try? JSONEncoder().encode(terms) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
  }

  /// The terms the CLI passed in the environment; none when it passed none.
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> SiteTerms {
    guard let text = environment[environmentVariable], !text.isEmpty,
      let terms = try? JSONDecoder().decode([SchoolTerm].self, from: Data(text.utf8))
    else { return .none }
    return SiteTerms(terms)
  }
}
