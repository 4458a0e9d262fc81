import Foundation

/// A content-addressed folder of evidence files: `<root>/ab/abcdef…` named by SHA-256.
/// The same content is stored once; reads verify the hash; nothing is ever deleted here.
public struct EvidenceVault: Sendable {
  /// The folder holding the files.
  public let root: URL

  /// A vault rooted at `root` (created on first write).
  public init(root: URL) {
    self.root = root
  }

  /// Where the content with this hash lives.
  public func location(of sha256: String) -> URL {
    root.appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
      .appendingPathComponent(sha256)
  }

  /// Hashes a file and copies it in unless the same content is already stored.
  public func store(fileAt source: URL) throws -> EvidenceRef {
    let data: Data
    do {
      data = try Data(contentsOf: source)
    } catch {
      throw StoreError(.notFound, "证明材料文件 \"\(source.path)\" 不存在或无法读取")
    }
    let sha = Self.hash(data)
    let target = location(of: sha)
    let fm = FileManager.default
    if !fm.fileExists(atPath: target.path) {
      do {
        try fm.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temp = target.deletingLastPathComponent()
          .appendingPathComponent(".\(sha).\(UUID().uuidString).tmp")
        try data.write(to: temp)
        if rename(temp.path, target.path) != 0 {
          try? fm.removeItem(at: temp)
          throw StoreError(.io, "无法保存证明材料 \(sha)")
        }
      } catch let error as StoreError {
        throw error
      } catch {
        throw StoreError(.io, "无法写入证明材料目录 \"\(root.path)\"：\(error.localizedDescription)")
      }
    }
    return EvidenceRef(sha256: sha, fileName: source.lastPathComponent, size: Int64(data.count))
  }

  /// The stored content for `sha256`, after checking that it still has that hash.
  public func content(of sha256: String) throws -> Data {
    guard let data = try? Data(contentsOf: location(of: sha256)) else {
      throw StoreError(.notFound, "证明材料 \(sha256) 在 \"\(root.path)\" 中不存在")
    }
    guard Self.hash(data) == sha256 else {
      throw StoreError(.corrupt, "证明材料 \(sha256) 已损坏：内容与哈希不符")
    }
    return data
  }

  /// Copies every stored file into another vault's folder (for backups).
  public func copy(to other: EvidenceVault) throws {
    let fm = FileManager.default
    guard let enumerator = fm.enumerator(at: root, includingPropertiesForKeys: nil) else {
      return
    }
    for case let url as URL in enumerator where !url.hasDirectoryPath {
      let name = url.lastPathComponent
      guard name.count == 64, !name.hasPrefix(".") else { continue }
      let target = other.location(of: name)
      if fm.fileExists(atPath: target.path) { continue }
      try fm.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try fm.copyItem(at: url, to: target)
    }
  }

  /// Lower-case hex SHA-256 of `data`.
  public static func hash(_ data: Data) -> String {
    var hasher = SHA256()
    data.withUnsafeBytes { hasher.update(bytes: $0) }
    return SHA256.hexString(hasher.finalize())
  }
}
