import Foundation

@testable import Storage

/// A fresh folder with an empty store of one backend in it, for one test.
struct Scratch {
  let folder: URL
  let store: any Store & TableStore
  /// The store's `--db` value: the SQLite file, or the PostgreSQL URL.
  let location: String

  init(_ backend: Backend = .sqlite) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("taizhang-store-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    location = try backend.location(in: folder)
    store = try Backend.open(location)
  }

  /// Writes a file into the scratch folder and returns its URL.
  func file(_ name: String, _ text: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// A bureau with two schools and two people.
  func seed() throws {
    try store.addUnit(OrgUnit(id: "dh-jyj", name: "东河区教育局", type: "bureau"), by: "admin")
    try store.addUnit(
      OrgUnit(id: "dh-xx", name: "东河小学", type: "school", parentID: "dh-jyj"), by: "admin")
    try store.addUnit(
      OrgUnit(id: "dh-zx", name: "东河中学", type: "school", parentID: "dh-jyj"), by: "admin")
    try store.addPerson(Person(id: "qian-hong", name: "钱红"), by: "admin")
    try store.addPerson(Person(id: "bai-tao", name: "白涛"), by: "admin")
  }
}

/// A scratch SQLite store, for the tests about SQLite itself (files, WAL, GRDB).
struct SQLiteScratch {
  let scratch: Scratch
  let store: SQLiteStore

  init() throws {
    scratch = try Scratch(.sqlite)
    store = scratch.store as! SQLiteStore
  }

  var folder: URL { scratch.folder }
  func seed() throws { try scratch.seed() }
}
