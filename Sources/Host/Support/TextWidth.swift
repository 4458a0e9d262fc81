import Rendering

/// Display width of text in a terminal, for the CLI's tables and grids: the Rendering
/// module's measure (East Asian Wide and Fullwidth take two columns, combining marks none).
public enum TextWidth {
  /// The number of terminal columns `text` occupies.
  public static func of(_ text: String) -> Int { DisplayWidth.of(text) }

  /// `text` padded with spaces on the right to `columns` display columns.
  public static func pad(_ text: String, to columns: Int) -> String {
    text + String(repeating: " ", count: max(0, columns - of(text)))
  }
}
