extension MessageTemplates {
  /// The `{field}`s each template key is filled with (`Digest.compose`); any other `{word}`
  /// in a site's `[messages]` is a mistake (`{cnt}` for `{count}`), reported, never sent.
  public static let fields: [String: [String]] = [
    "subject": ["date", "count", "name"],
    "greeting": ["name"],
    "intro": ["date", "count", "name"],
    "unit": ["unit", "id"],
    "escalated": [], "overdue": [], "due": [], "soon": [],
    "item": ["title", "period", "due", "role", "late", "id"],
    "late": ["days"],
    "findings": [],
    "finding": ["title", "due", "role", "late", "id"],
    "footer": [],
  ]

  /// The `{word}`s in `text` that are not fields of `key`, in order of appearance. Only a
  /// word of letters, digits and `_` between braces counts; other braces are plain text.
  public static func unknownFields(in text: String, key: String) -> [String] {
    let known = Set(fields[key] ?? [])
    var found: [String] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      rest = rest[rest.index(after: open)...]
      guard let close = rest.firstIndex(of: "}") else { break }
      let word = rest[..<close]
      let isWord = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
      if isWord, !known.contains(String(word)), !found.contains(String(word)) { found.append(String(word)) }
    }
    return found
  }
}
