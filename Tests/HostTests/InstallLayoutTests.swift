import Foundation
import Host
import Testing

/// Where an installed binary's plugins, config and ledger are, judged from its real path.
@Suite("Install layout: plugins, system config and ledger from the binary's path")
struct InstallLayoutTests {
  static func layout(_ executable: String, plugins: String?) -> InstallLayout {
    InstallLayout(executable: executable) { path in
      plugins.map { path == $0 + "/calendar/plugin.lua" } ?? false
    }
  }

  @Test("a Debian install: /usr/bin beside /usr/share/taizhang/plugins, site files in /etc and /var/lib")
  func debian() {
    let l = Self.layout("/usr/bin/taizhang", plugins: "/usr/share/taizhang/plugins")
    #expect(l.prefix == "/usr")
    #expect(l.shippedPlugins == "/usr/share/taizhang/plugins")
    #expect(l.systemConfig == "/etc/taizhang/config.toml")
    #expect(l.systemDataFolder == "/var/lib/taizhang")
  }

  @Test("install.sh's default prefix /usr/local also uses /etc and /var/lib")
  func usrLocal() {
    let l = Self.layout("/usr/local/bin/taizhang", plugins: "/usr/local/share/taizhang/plugins")
    #expect(l.systemConfig == "/etc/taizhang/config.toml")
    #expect(l.systemDataFolder == "/var/lib/taizhang")
  }

  @Test("a package unpacked into ROOT keeps its site files under ROOT")
  func unpacked() {
    let l = Self.layout("/tmp/r/usr/bin/taizhang", plugins: "/tmp/r/usr/share/taizhang/plugins")
    #expect(l.systemConfig == "/tmp/r/etc/taizhang/config.toml")
    #expect(l.systemDataFolder == "/tmp/r/var/lib/taizhang")
  }

  @Test("a prefix of its own (/opt/taizhang) keeps its site files under the prefix")
  func opt() {
    let l = Self.layout("/opt/taizhang/bin/taizhang", plugins: "/opt/taizhang/share/taizhang/plugins")
    #expect(l.systemConfig == "/opt/taizhang/etc/taizhang/config.toml")
    #expect(l.systemDataFolder == "/opt/taizhang/var/lib/taizhang")
  }

  @Test("a checkout's .build/debug/taizhang is not installed: no system config")
  func checkout() {
    let l = Self.layout("/src/taizhang/.build/debug/taizhang", plugins: nil)
    #expect(l.prefix == nil)
    #expect(l.systemConfig == nil)
    #expect(l.shippedPlugins == nil)
  }

  @Test("the system config is found after the user's, and its ledger defaults to the system folder")
  func systemConfig() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tz-layout-\(UUID().uuidString)").path
    let fm = FileManager.default
    try fm.createDirectory(atPath: root + "/usr/share/taizhang/plugins/calendar", withIntermediateDirectories: true)
    _ = fm.createFile(atPath: root + "/usr/share/taizhang/plugins/calendar/plugin.lua", contents: Data())
    try fm.createDirectory(atPath: root + "/etc/taizhang", withIntermediateDirectories: true)
    _ = fm.createFile(atPath: root + "/etc/taizhang/config.toml", contents: Data("language = \"en\"\n".utf8))
    defer { try? fm.removeItem(atPath: root) }
    let layout = InstallLayout(executable: root + "/usr/bin/taizhang")
    let home = root + "/home"
    let config = try SiteConfig.load(flag: nil, environment: ["HOME": home], layout: layout)
    #expect(config.file == root + "/etc/taizhang/config.toml")
    #expect(config.database == root + "/var/lib/taizhang/taizhang.sqlite")
    try fm.createDirectory(atPath: home + "/.config/taizhang", withIntermediateDirectories: true)
    _ = fm.createFile(atPath: home + "/.config/taizhang/config.toml", contents: Data())
    let mine = try SiteConfig.load(flag: nil, environment: ["HOME": home], layout: layout)
    #expect(mine.file == home + "/.config/taizhang/config.toml")
    #expect(mine.database == nil)
  }
}
