/// A rule text that could not be parsed: what was wrong, where (1-based column), and what
/// was expected there, e.g. `unknown weekday "thurs" at column 18; expected mon … sun`.
public struct RuleSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What was wrong, e.g. `unknown weekday "thurs"`.
  public let problem: String
  /// The 1-based column (in characters) where the problem starts.
  public let column: Int
  /// What the parser expected there.
  public let expected: String

  /// Creates the error.
  public init(_ problem: String, column: Int, expected: String) {
    self.problem = problem
    self.column = column
    self.expected = expected
  }

  /// The full message.
  public var description: String { "\(problem) at column \(column); expected \(expected)" }
}

/// One word of rule text and the column it starts at.
struct RuleToken: Sendable {
  let text: String
  let column: Int
}

enum RuleLexer {
  /// Splits on blanks; a comma is a token of its own.
  static func tokens(_ text: String) -> [RuleToken] {
    var tokens: [RuleToken] = []
    var current = ""
    var start = 0
    var column = 0
    func flush() {
      if !current.isEmpty { tokens.append(RuleToken(text: current, column: start)) }
      current = ""
    }
    for ch in text {
      column += 1
      if ch == " " || ch == "\t" {
        flush()
      } else if ch == "," {
        flush()
        tokens.append(RuleToken(text: ",", column: column))
      } else {
        if current.isEmpty { start = column }
        current.append(ch)
      }
    }
    flush()
    return tokens
  }
}
