import Foundation

extension LedgerStore {
  public func addFinding(_ finding: Finding, by actor: String) throws -> Finding { throw Self.todo }
  public func addFindings(_ findings: [Finding], by actor: String) throws -> FindingBatchResult { throw Self.todo }
  public func finding(_ id: Int64) throws -> Finding? { throw Self.todo }
  public func findings(_ filter: FindingFilter) throws -> [Finding] { throw Self.todo }
  public func findingEvents(findingIDs: [Int64]) throws -> [FindingEvent] { throw Self.todo }
  public func assignFinding(_ id: Int64, _ change: FindingAssignment, by actor: String) throws -> Finding { throw Self.todo }
  public func startRectification(_ id: Int64, on day: String, note: String?, by actor: String) throws -> Finding { throw Self.todo }
  public func rectifyFinding(_ id: Int64, _ rectification: Rectification, evidenceFiles: [URL], by actor: String) throws -> Finding { throw Self.todo }
  public func verifyFinding(_ id: Int64, _ check: FindingCheck, by actor: String) throws -> Finding { throw Self.todo }
  public func returnFinding(_ id: Int64, _ check: FindingCheck, by actor: String) throws -> Finding { throw Self.todo }
  public func setSupervised(_ id: Int64, _ supervised: Bool, on day: String, note: String?, by actor: String) throws -> Finding { throw Self.todo }
  public func addInspection(_ inspection: Inspection, evidenceFiles: [URL], by actor: String) throws -> Inspection { throw Self.todo }
  public func inspection(_ id: Int64) throws -> Inspection? { throw Self.todo }
  public func inspections(unitIDs: [String]?) throws -> [Inspection] { throw Self.todo }
  static var todo: StoreError { StoreError(.io, "检查与整改尚未实现") }
}
