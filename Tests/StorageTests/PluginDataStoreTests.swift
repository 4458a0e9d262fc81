import Foundation
import Testing

@testable import Storage

@Suite("The plugin key-value store: scoped by plugin, capped in size")
struct PluginDataStoreTests {
  @Test("set, replace, get and delete, per plugin", arguments: Backend.all)
  func roundTrip(_ backend: Backend) throws {
    let s = try Scratch(backend)
    try s.store.setPluginValue(plugin: "school", key: "k", json: #"{"a":1}"#)
    try s.store.setPluginValue(plugin: "school", key: "k", json: #"[1,2]"#)
    #expect(try s.store.pluginValue(plugin: "school", key: "k") == "[1,2]")
    #expect(try s.store.pluginValue(plugin: "hospital", key: "k") == nil)
    try s.store.deletePluginValue(plugin: "school", key: "k")
    try s.store.deletePluginValue(plugin: "school", key: "k")
    #expect(try s.store.pluginValue(plugin: "school", key: "k") == nil)
  }

  @Test("keys, values and a plugin's total are capped; the last good value stays", arguments: Backend.all)
  func caps(_ backend: Backend) throws {
    let s = try Scratch(backend)
    #expect(throws: StoreError.self) { try s.store.setPluginValue(plugin: "p", key: "", json: "1") }
    #expect(throws: StoreError.self) {
      try s.store.setPluginValue(plugin: "p", key: String(repeating: "k", count: 201), json: "1")
    }
    let big = "\"" + String(repeating: "x", count: PluginDataLimits.valueBytes) + "\""
    #expect(throws: StoreError.self) {
      try s.store.setPluginValue(plugin: "p", key: "k", json: big)
    }
    let chunk = "\"" + String(repeating: "y", count: PluginDataLimits.valueBytes - 2) + "\""
    for i in 0..<16 { try s.store.setPluginValue(plugin: "p", key: "k\(i)", json: chunk) }
    let error = try #require(throws: StoreError.self) {
      try s.store.setPluginValue(plugin: "p", key: "k16", json: chunk)
    }
    #expect(error.code == .invalid)
    try s.store.setPluginValue(plugin: "p", key: "k0", json: "0")  // replacing frees its own bytes
    #expect(try s.store.pluginValue(plugin: "p", key: "k0") == "0")
    try s.store.setPluginValue(plugin: "other", key: "k", json: chunk)  // another plugin has its own cap
  }
}
