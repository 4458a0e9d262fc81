import Foundation

/// Moving a whole ledger between stores of any backend through a folder:
/// `manifest.json` (the digest), `tables/NAME.jsonl` (one JSON array a row) and
/// `evidence/` (the content-addressed files the ledger refers to).
public enum StoreTransfer {
  /// Writes the store into a new (or empty) folder; returns the digest written.
  public static func export(_ store: any TableStore, to folder: URL) throws -> StoreDigest {
    let fm = FileManager.default
    if let existing = try? fm.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
      throw StoreError(.duplicate, "导出目录 \"\(folder.path)\" 不是空的，请换一个目录")
    }
    try LedgerTables.checkCovered(store.tableNames())
    let migrations = try store.appliedMigrations()
    let rows = try store.readTables()
    let texts = LedgerTables.all.map { table in
      let tableRows = rows[table.name] ?? []
      return (name: table.name, rows: tableRows.count, text: TableText.encode(tableRows))
    }
    let evidence = StoreDigest.evidenceHashes(rows)
    let digest = StoreDigest(migrations: migrations, texts: texts, evidence: evidence)
    do {
      let tables = folder.appendingPathComponent("tables", isDirectory: true)
      try fm.createDirectory(at: tables, withIntermediateDirectories: true)
      for text in texts {
        try text.text.write(to: tables.appendingPathComponent("\(text.name).jsonl"))
      }
      let target = EvidenceVault(root: folder.appendingPathComponent("evidence"))
      for sha in evidence {
        let data = try store.vault.content(of: sha)
        let url = target.location(of: sha)
        try fm.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
      }
      try manifestData(digest).write(to: folder.appendingPathComponent("manifest.json"))
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(.io, "无法写入导出目录 \"\(folder.path)\"：\(error.localizedDescription)")
    }
    return digest
  }

  /// Loads an export folder into the store in one transaction after checking every
  /// table's count and hash and every evidence file; a store that already holds data is
  /// refused unless `replace`. Returns the digest of the store afterwards (equal to the
  /// export's, or this throws).
  public static func importFolder(
    _ folder: URL, into store: any TableStore, replace: Bool = false
  ) throws -> StoreDigest {
    let manifestURL = folder.appendingPathComponent("manifest.json")
    guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
      throw StoreError(.notFound, "\"\(folder.path)\" 不是 taizhang 导出目录：缺少 manifest.json")
    }
    guard let manifest = try? JSONDecoder().decode(StoreDigest.self, from: data),
      manifest.format == "taizhang-export-1"
    else { throw StoreError(.corrupt, "\"\(manifestURL.path)\" 格式不对") }
    let applied = try store.appliedMigrations()
    guard manifest.migrations == applied else {
      throw StoreError(
        .conflict,
        "导出的数据库结构（\(manifest.migrations.count) 个迁移）与目标（\(applied.count) 个）不同；"
          + "请先对两边运行 taizhang migrate")
    }
    let rows = try readTables(folder, manifest)
    let source = EvidenceVault(root: folder.appendingPathComponent("evidence"))
    for sha in StoreDigest.evidenceHashes(rows) { _ = try source.content(of: sha) }
    if !replace {
      try LedgerTables.checkCovered(store.tableNames())
      let existing = try store.readTables().values.reduce(0) { $0 + $1.count }
      guard existing == 0 else {
        throw StoreError(.conflict, "目标数据库已有 \(existing) 行数据；确需覆盖请加 --replace")
      }
    }
    do {
      try source.copy(to: store.vault)
    } catch {
      throw StoreError(.io, "无法复制证明材料：\(error.localizedDescription)")
    }
    try store.replaceTables(rows)
    let after = try StoreDigest.of(store)
    guard after.tables == manifest.tables, after.evidenceSHA256 == manifest.evidenceSHA256 else {
      let differing = zip(after.tables, manifest.tables).filter { $0 != $1 }.map(\.0.name)
      throw StoreError(.corrupt, "导入后校验不一致：\(differing.joined(separator: "、"))")
    }
    return after
  }

  static func readTables(_ folder: URL, _ manifest: StoreDigest) throws -> TableRows {
    var rows: TableRows = [:]
    for table in LedgerTables.all {
      guard let expected = manifest.tables.first(where: { $0.name == table.name }) else {
        throw StoreError(.corrupt, "导出目录缺少数据表 \(table.name) 的清单")
      }
      let url = folder.appendingPathComponent("tables/\(table.name).jsonl")
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw StoreError(.notFound, "导出目录缺少 \"\(url.path)\"")
      }
      guard EvidenceVault.hash(data) == expected.sha256 else {
        throw StoreError(.corrupt, "\"\(url.path)\" 的内容与清单中的哈希不符")
      }
      let tableRows = try TableText.decode(data, columns: table.columns.count, file: url.path)
      guard tableRows.count == expected.rows else {
        throw StoreError(.corrupt, "\"\(url.path)\" 的行数与清单不符")
      }
      rows[table.name] = tableRows
    }
    return rows
  }

  static func manifestData(_ digest: StoreDigest) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(digest)
  }
}
