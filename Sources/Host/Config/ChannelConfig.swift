/// One delivery channel as the administrator configures it under `[channels.NAME]`.
public struct ChannelConfig: Equatable, Sendable {
  /// What kind of channel it is, with its settings.
  public enum Kind: Equatable, Sendable {
    /// Prints each message on standard output.
    case console
    /// Writes each message as a file into a folder: `.eml` (mail) or `.json`.
    case outbox(folder: String, mail: Bool)
    /// Hands each message to a sendmail-compatible program.
    case mail(command: [String])
    /// POSTs each message to a URL.
    case webhook(url: String, format: WebhookFormat, secret: String?, timeout: Double)
  }

  /// The body a webhook posts.
  public enum WebhookFormat: String, CaseIterable, Sendable {
    /// `{"recipient": …, "subject": …, "text": …, "items": […]}`.
    case generic
    /// The DingTalk group robot's text message, optionally signed.
    case dingtalk
    /// The WeCom (企业微信) group robot's text message.
    case wecom
  }

  /// The name after `channels.`, used in delivery keys and `--channel`.
  public var name: String
  /// The kind and settings.
  public var kind: Kind
  /// The key of `Person.contacts` that reaches a person here; nil: no contact needed.
  public var contact: String?
  /// The sender address of mail (`From:`).
  public var from: String?
  /// How long the mail program may take over one message before it is killed (`timeout`).
  public var mailTimeout: Double

  /// The mail program's timeout when the config sets none, in seconds.
  public static let defaultMailTimeout = 60.0

  /// Creates a channel.
  public init(
    name: String, kind: Kind, contact: String?, from: String? = nil,
    mailTimeout: Double = ChannelConfig.defaultMailTimeout
  ) {
    self.name = name
    self.kind = kind
    self.contact = contact
    self.from = from
    self.mailTimeout = mailTimeout
  }

  /// Whether sending a message again does no harm: the outbox folder recognises a digest
  /// it already wrote, and the console only prints. Mail and webhooks reach people twice.
  var repeatsAreHarmless: Bool {
    switch kind {
    case .console, .outbox: true
    case .mail, .webhook: false
    }
  }

  /// The contact key a kind uses when the config does not name one.
  static func defaultContact(for kind: Kind) -> String? {
    switch kind {
    case .console: nil
    case .outbox(_, let mail): mail ? "email" : nil
    case .mail: "email"
    case .webhook(_, let format, _, _):
      switch format {
      case .generic: nil
      case .dingtalk: "dingtalk"
      case .wecom: "wecom"
      }
    }
  }
}
