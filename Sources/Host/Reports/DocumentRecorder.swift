import LuaRuntime
import Rendering

/// `tz.doc`: the functions a report body calls on its `doc` (`doc:heading("一、…")`) to
/// fill a Rendering `Document`. Each call checks its arguments at once, so a mistake is
/// reported at the line of the report script that made it.
final class DocumentRecorder {
  /// The document being filled by the running report body.
  var document = Document(title: "")

  /// Registers `tz.doc.*` in `state`.
  func install(in state: LuaState) {
    func method(_ name: String, _ body: @escaping (inout LuaCall, Int) throws -> Void) {
      state.register("tz.doc.\(name)") { [unowned self] call in
        guard case .table = try call.value(1) else {
          throw call.argumentError(1, "call it as a method: doc:\(name)(…)")
        }
        _ = self
        try body(&call, 2)
      }
    }
    method("title") { call, n in
      self.document.title = try call.string(n)
      if !call.isAbsent(n + 1) {
        self.document.subtitle = try Self.optionalString(call, n + 1, "subtitle")
        if case .table(let options) = try call.value(n + 1) {
          self.document.addressee = options["addressee"].stringValue
        }
      }
    }
    method("heading") { call, n in
      let text = try call.string(n)
      let level = call.isAbsent(n + 1) ? 1 : Int(try call.table(n + 1)["level"].integerValue ?? 1)
      guard (1...6).contains(level) else {
        throw call.argumentError(n + 1, "level \(level) is outside 1–6")
      }
      try self.append(.heading(Heading(level: level, text: text)), call)
    }
    method("paragraph") { call, n in
      try self.append(.paragraph(Paragraph(try call.string(n))), call)
    }
    method("list") { call, n in
      let items = try Self.strings(call.table(n), call, n, "items")
      let ordered =
        call.isAbsent(n + 1) ? false : (try call.table(n + 1)["ordered"].boolValue ?? false)
      try self.append(.list(ListBlock(ordered: ordered, items: items.map { Paragraph($0) })), call)
    }
    method("table") { call, n in
      try self.append(.table(try DocumentSpec.table(call.table(n), call, n)), call)
    }
    method("figures") { call, n in
      try self.append(.keyFigures(try DocumentSpec.figures(call.table(n), call, n)), call)
    }
    method("bar_chart") { call, n in
      try self.append(.chart(try DocumentSpec.chart(.bar, call.table(n), call, n)), call)
    }
    method("line_chart") { call, n in
      try self.append(.chart(try DocumentSpec.chart(.line, call.table(n), call, n)), call)
    }
    method("page_break") { call, _ in
      try self.append(.pageBreak, call)
    }
    method("signature") { call, n in
      let spec = try call.table(n)
      let lines = try Self.strings(spec["lines"].tableValue ?? LuaTable(), call, n, "lines")
      guard let date = spec["date"].stringValue else {
        throw call.argumentError(n, "field \"date\" should be a string")
      }
      try self.append(.signature(Signature(lines: lines, date: date)), call)
    }
  }

  /// Adds a block after checking it as the writers will.
  private func append(_ block: Block, _ call: LuaCall) throws {
    do {
      try Document(title: "", blocks: [block]).validate()
    } catch {
      throw call.argumentError(2, error.message)
    }
    document.blocks.append(block)
  }

  static func optionalString(_ call: LuaCall, _ n: Int, _ name: String) throws -> String? {
    let value = try call.value(n)
    if case .table(let t) = value { return t[name].stringValue }
    return value.stringValue
  }

  static func strings(_ table: LuaTable, _ call: LuaCall, _ n: Int, _ what: String) throws
    -> [String]
  {
    try table.sequence.enumerated().map { index, value in
      guard let text = DocumentSpec.text(value) else {
        throw call.argumentError(
          n, "\(what)[\(index + 1)] should be a string or number, got \(value.typeName)")
      }
      return text
    }
  }
}
