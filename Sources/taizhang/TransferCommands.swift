import ArgumentParser
import Foundation
import Host
import Storage

extension Taizhang {
  /// `taizhang export DIR`: the whole ledger into a folder any backend can import.
  struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the whole ledger (every table, ids, audit trail, evidence) into a folder.",
      discussion: """
        The folder holds manifest.json (row counts and SHA-256 per table), tables/*.jsonl \
        and evidence/. Import it into a SQLite file or a PostgreSQL database with \
        taizhang import. Two exports of the same ledger have the same hashes.
        """)

    @Argument(help: "A new or empty folder.") var folder: String
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let store = try LedgerDatabase.open(options.path)
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let digest = try StoreTransfer.export(store, to: url)
        try printDigest(digest, options: options)
        if !options.json { Console.out("已导出到 \(url.path)") }
      }
    }
  }

  /// `taizhang import DIR`: load an export into this ledger, all or nothing.
  struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Load a folder written by taizhang export into the ledger database.",
      discussion: """
        Every table's count and hash and every evidence file are checked before anything \
        is written; the tables are replaced in one transaction and checked again after. \
        A database that already holds data is refused unless --replace is given.
        """)

    @Argument(help: "A folder written by taizhang export.") var folder: String
    @Flag(name: .long, help: "Replace a database that already holds data.") var replace = false
    @OptionGroup var options: StoreOptions

    func run() throws {
      try reportingErrors {
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let store = try LedgerDatabase.open(options.path, create: true)
        let digest = try StoreTransfer.importFolder(url, into: store, replace: replace)
        try printDigest(digest, options: options)
        if !options.json {
          Console.out("已导入 \(url.path)，校验一致：\(LedgerDatabase.display(options.path))")
        }
      }
    }
  }
}

/// Prints per-table counts and hashes.
private func printDigest(_ digest: StoreDigest, options: StoreOptions) throws {
  if options.json {
    try options.printJSON(digest)
    return
  }
  var table = TextTable(headers: ["数据表", "行数", "SHA-256"])
  for t in digest.tables { table.append([t.name, String(t.rows), t.sha256]) }
  table.append(["evidence/", String(digest.evidenceFiles), digest.evidenceSHA256])
  options.printTable(table)
}
