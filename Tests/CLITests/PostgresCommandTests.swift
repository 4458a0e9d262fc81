import Foundation
import Testing

/// `--db postgres://…`, `migrate`, `export` and `import` through the binary.
@Suite("PostgreSQL and store transfer commands")
struct PostgresCommandTests {
  @Test func migrateDryRunListsThenApplies() throws {
    let cli = try CLI()
    try FileManager.default.createDirectory(
      at: cli.folder.appendingPathComponent("ledger"), withIntermediateDirectories: true)
    let missing = try cli.run("migrate", "--dry-run")
    #expect(missing.status == 1 && missing.stderr.contains("taizhang init"))
    #expect(!FileManager.default.fileExists(atPath: cli.database))
    #expect(try cli.run("migrate").stdout.contains("已执行 16 个迁移"))
    let again = try cli.run("migrate", "--dry-run")
    #expect(again.status == 0 && again.stdout.contains("已是最新"))
  }

  @Test(arguments: [
    ("postgres://127.0.0.1/taizhang", "缺少用户名"),
    ("postgres://li@127.0.0.1:5432/taizhang?colour=red", "colour"),
    ("postgres://li@127.0.0.1:1/taizhang?sslmode=disable", "127.0.0.1:1"),
  ])
  func badDatabaseURLsExitTwo(url: String, mentions: String) throws {
    let cli = try CLI()
    let result = try cli.run(args: ["unit", "list", "--db", url], db: false)
    #expect(result.status == 2)
    #expect(result.stderr.contains(mentions))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func passwordIsNeverPrinted() throws {
    let cli = try CLI()
    let result = try cli.run(
      args: ["unit", "list", "--db", "postgres://li:hunter2@127.0.0.1:1/t?sslmode=disable"],
      db: false)
    #expect(result.status == 2)
    #expect(!result.stderr.contains("hunter2"))
  }

  @Test func exportImportRoundTripThroughTheBinary() throws {
    let cli = try CLI()
    try cli.run("init")
    try cli.run("unit", "add", "nx-jyj", "--name", "南溪区教育局", "--type", "bureau")
    try cli.run("unit", "add", "nx-xx", "--name", "南溪小学", "--type", "school", "--parent", "nx-jyj")
    let proof = cli.folder.appendingPathComponent("签到表.txt")
    try Data("到场 36 人".utf8).write(to: proof)
    #expect(
      try cli.run(
        "record", "safety.gate_duty", "--unit", "nx-xx", "--period", "2026-11-02",
        "--evidence", proof.path
      ).status == 0)
    let first = cli.folder.appendingPathComponent("export-1").path
    let exported = try cli.run("export", first)
    #expect(exported.status == 0 && exported.stdout.contains("record"))

    // Into a second store: a PostgreSQL schema when a test server is configured, else a
    // second SQLite file; then out again, and the two exports must match.
    let target: String
    if let server = ProcessInfo.processInfo.environment["TAIZHANG_TEST_PG"], !server.isEmpty {
      let schema = "cli_" + UUID().uuidString.prefix(8).lowercased()
      target =
        server + (server.contains("?") ? "&" : "?")
        + "schema=\(schema)&evidence=\(cli.folder.path)/pg-evidence"
      // A login the server refuses is a configuration error, in one line.
      var stranger = try #require(URLComponents(string: server))
      stranger.user = "nosuchrole"
      let refused = try cli.run(args: ["unit", "list", "--db", stranger.string ?? ""], db: false)
      #expect(refused.status == 2 && refused.stderr.contains("拒绝登录"))
    } else {
      target = cli.folder.appendingPathComponent("other/taizhang.sqlite").path
    }
    let imported = try cli.run(args: ["import", first, "--db", target], db: false)
    #expect(imported.status == 0 && imported.stdout.contains("校验一致"))
    let again = try cli.run(args: ["import", first, "--db", target], db: false)
    #expect(again.status == 1 && again.stderr.contains("--replace"))
    let second = cli.folder.appendingPathComponent("export-2").path
    #expect(try cli.run(args: ["export", second, "--db", target], db: false).status == 0)
    let manifests = try [first, second].map {
      try Data(contentsOf: URL(fileURLWithPath: $0).appendingPathComponent("manifest.json"))
    }
    #expect(manifests[0] == manifests[1])
    let listed = try cli.run(args: ["unit", "list", "--db", target], db: false)
    #expect(listed.stdout.contains("南溪小学"))
  }
}
