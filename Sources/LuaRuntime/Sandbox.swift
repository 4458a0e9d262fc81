import CLua
import CLuaSandbox
import Foundation

extension LuaState {
  /// Opens the safe subset of the standard library, installs the budgeted C replacements,
  /// and runs the sandbox prelude, which builds the plugin-facing globals.
  func installSandbox() throws {
    let libraries: [(String, lua_CFunction)] = [
      ("_G", luaopen_base), ("string", luaopen_string), ("table", luaopen_table),
      ("math", luaopen_math), ("utf8", luaopen_utf8), ("coroutine", luaopen_coroutine),
      ("os", luaopen_os), ("debug", luaopen_debug),
    ]
    for (name, open) in libraries {
      luaL_requiref(L, name, open, 1)
      clua_pop(L, 1)
    }
    // The budgeted pattern functions and loops go into the library tables themselves, so
    // that method calls on strings ("x"):find(...) use them too.
    _ = lua_getglobal(L, "string")
    _ = lua_getglobal(L, "table")
    _ = lua_getglobal(L, "coroutine")
    tzs_open_budgeted_string(L, -3)
    tzs_open_budgeted_tables(L, -3, -2)
    tzs_open_tracked_coroutines(L, -1)
    clua_pop(L, 3)
    try load(sandboxPrelude, chunkName: "=[sandbox]")
    let output = self.output
    pushFunction("print") { call in
      output(try call.string(1))
    }
    pushFunction("require") { [unowned self] call in
      let (source, chunk) = try self.moduleSource(try call.string(1))
      call.push(source)
      call.push(chunk)
    }
    pushFunction("budget_spent") { [unowned self] call in
      call.push(self.accounting.pointee.expired != 0)
    }
    _ = try protectedCall(argumentCount: 3)
  }

  /// Finds module `name` under the root, then the fallback roots: `a.b` is `a/b.lua` or
  /// `a/b/init.lua`. Names are dotted identifiers; nothing outside the folder searched can
  /// be named or reached through links.
  func moduleSource(_ name: String) throws -> (source: String, chunk: String) {
    guard let root else {
      throw LuaError(kind: .sandbox, message: "sandbox: require is not available here (no plugin root)")
    }
    let segments = name.split(separator: ".", omittingEmptySubsequences: false)
    let valid = !segments.isEmpty && segments.allSatisfy { segment in
      !segment.isEmpty && segment.utf8.allSatisfy { byte in
        byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || (48...57).contains(byte)
          || (65...90).contains(byte) || (97...122).contains(byte)
      }
    }
    guard valid else {
      throw LuaError(
        kind: .sandbox,
        message: "sandbox: module name \"\(name)\" is not allowed; use dotted names such as \"checklists.safety\"")
    }
    let relative = segments.joined(separator: "/")
    for folder in [root] + fallbackRoots {
      for candidate in [relative + ".lua", relative + "/init.lua"] {
        let file = folder.appendingPathComponent(candidate).resolvingSymlinksInPath()
        guard FileManager.default.fileExists(atPath: file.path) else { continue }
        guard file.path.hasPrefix(folder.path + "/") else {
          throw LuaError(kind: .sandbox, message: "sandbox: module \"\(name)\" leads outside the plugin folder")
        }
        do {
          return (try readSource(file), chunkName(for: candidate, in: folder))
        } catch {
          throw LuaError(kind: .runtime, message: "cannot read module \"\(name)\" (\(candidate))")
        }
      }
    }
    throw LuaError(
      kind: .runtime, message: "module \"\(name)\" not found: no \(relative).lua or \(relative)/init.lua in the plugin folder")
  }

  /// The name errors show for a file of `folder` (default: the root): the folder as the
  /// user gave it, then the path.
  func chunkName(for relativePath: String, in folder: URL? = nil) -> String {
    guard let root = folder ?? root else { return relativePath }
    let cwd = FileManager.default.currentDirectoryPath
    let shown = root.path.hasPrefix(cwd + "/") ? String(root.path.dropFirst(cwd.count + 1)) : root.path
    let name = shown + "/" + relativePath
    knownChunks.insert(name)
    return name
  }
}
