/// An error from Lua code: what kind, where (chunk and line), the message and a traceback.
public struct LuaError: Error, CustomStringConvertible, Equatable {
  /// What went wrong.
  public enum Kind: String, Sendable, Equatable {
    /// The chunk did not parse.
    case syntax
    /// The code raised an error while running.
    case runtime
    /// The state's memory cap was reached.
    case memory
    /// The call ran past its time budget.
    case timeout
    /// The code tried something the plugin sandbox does not allow.
    case sandbox
    /// A value could not cross between Lua and Swift.
    case conversion
  }

  /// What went wrong.
  public var kind: Kind
  /// The chunk (usually a file path) the error points into, if known.
  public var chunk: String?
  /// The line in `chunk`, if known.
  public var line: Int?
  /// The message without its position.
  public var message: String
  /// The Lua stack traceback at the point of the error, if one was taken.
  public var traceback: String?

  /// Creates an error.
  public init(
    kind: Kind, chunk: String? = nil, line: Int? = nil, message: String, traceback: String? = nil
  ) {
    self.kind = kind
    self.chunk = chunk
    self.line = line
    self.message = message
    self.traceback = traceback
  }

  /// `chunk:line: message`, as Lua itself would print it.
  public var description: String {
    switch (chunk, line) {
    case (let chunk?, let line?): "\(chunk):\(line): \(message)"
    case (let chunk?, nil): "\(chunk): \(message)"
    default: message
    }
  }
}

extension LuaError {
  /// Splits a raw Lua error message `chunk:line: text` into its parts. `knownChunks` undoes
  /// Lua's shortening of long chunk names ("...gins/school/a.lua").
  static func parse(_ raw: String, kind: Kind, knownChunks: Set<String> = []) -> LuaError {
    var text = raw
    var traceback: String?
    if let range = text.range(of: "\nstack traceback:") {
      traceback = String(text[range.lowerBound...].dropFirst())
      text = String(text[..<range.lowerBound])
    }
    // chunk:line: message — the chunk may itself contain ':' (never followed by digits and ': ').
    var chunk: String?
    var line: Int?
    if let match = text.firstMatch(of: #/^(?<chunk>[^\n]+?):(?<line>\d+): /#) {
      chunk = String(match.output.chunk)
      line = Int(match.output.line)
      text = String(text[match.range.upperBound...])
      if let shortened = chunk, shortened.hasPrefix("...") {
        let tail = shortened.dropFirst(3)
        chunk = knownChunks.first { $0.hasSuffix(tail) } ?? shortened
      }
    }
    return LuaError(kind: kind, chunk: chunk, line: line, message: text, traceback: traceback)
  }
}
