import Foundation
import Testing

/// Real delivery: Debian's msmtp to an SMTP server on 127.0.0.1, webhooks to an HTTP
/// server on 127.0.0.1 that fails and then recovers.
@Suite("taizhang remind: mail through msmtp, webhooks that fail then recover")
struct RemindDeliveryTests {
  /// A minimal SMTP server: accepts every message, appends each to a file, one per line
  /// as base64, and prints its port first.
  static let smtpServer = #"""
    import socket, sys, base64
    out = open(sys.argv[1], "a")
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0)); s.listen(5); print(s.getsockname()[1], flush=True)
    while True:
        c, _ = s.accept(); f = c.makefile("rb")
        def say(t): c.sendall((t + "\r\n").encode())
        say("220 test ESMTP")
        while True:
            line = f.readline()
            if not line: break
            cmd = line.decode(errors="replace").strip().upper()
            if cmd.startswith("EHLO"): say("250-test"); say("250 8BITMIME")
            elif cmd.startswith("DATA"):
                say("354 go on"); data = b""
                while True:
                    l = f.readline()
                    if l in (b".\r\n", b".\n", b""): break
                    data += l[1:] if l.startswith(b"..") else l
                out.write(base64.b64encode(data).decode() + "\n"); out.flush(); say("250 queued")
            elif cmd.startswith("QUIT"): say("221 bye"); break
            else: say("250 ok")
        c.close()
    """#

  @Test("msmtp delivers RFC 5322 mail whose subject and body decode to the Chinese text")
  func mail() throws {
    let site = try RemindSite()
    let received = site.cli.folder.appendingPathComponent("received.txt").path
    let (server, port) = try Python.server(Self.smtpServer, args: [received])
    defer { Python.stop(server) }
    try site.writeConfig("""
      [channels.mail]
      type = "mail"
      sendmail = ["/usr/bin/msmtp", "--host=127.0.0.1", "--port=\(port)", "--auth=off", "--tls=off"]
      from = "taizhang@qy.example.cn"
      """)
    let result = try site.remind("--now", "2026-10-12", "--unit", "qy-shiyan-xx")
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let decoded = try Python.run(#"""
      import sys, base64, email, email.policy
      for line in open(sys.argv[1]):
          m = email.message_from_bytes(base64.b64decode(line), policy=email.policy.default)
          print("TO", m["To"]); print("SUBJECT", m["Subject"]); print("MSGID", m["Message-ID"])
          print("DATE", m["Date"].datetime.isoformat()); print(m.get_content())
      """#, args: [received])
    #expect(decoded.contains("SUBJECT 【台账提醒】"))
    #expect(decoded.contains("TO 张晓燕 <qy-shiyan-xx-staff@qy.example.cn>"))
    #expect(decoded.contains("MSGID <taizhang."))
    #expect(decoded.contains("+08:00"))
    #expect(decoded.contains("张晓燕：\n\n截至 2026-10-12"))
    #expect(decoded.contains("■ 清源区实验小学"))
    #expect(decoded.contains("办完后请在台账中登记"))
    let sent = try site.sql("SELECT count(*) FROM delivery WHERE status = 'sent'")
    #expect(Int(sent.first ?? "0")! > 0)
  }

  /// An HTTP server that answers 500 to the first N posts, then 200 with DingTalk's
  /// `{"errcode":0}`; it appends each request (path and body) to a file as JSON lines.
  static let httpServer = #"""
    import http.server, json, sys
    failures = int(sys.argv[2]); log = open(sys.argv[1], "a"); count = [0]
    class H(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"] or 0))
            count[0] += 1
            log.write(json.dumps({"path": self.path, "body": body.decode()}) + "\n"); log.flush()
            code = 500 if count[0] <= failures else 200
            self.send_response(code); self.send_header("Content-Type", "application/json"); self.end_headers()
            self.wfile.write(b'{"errcode":0,"errmsg":"ok"}' if code == 200 else b"down")
        def log_message(self, *a): pass
    s = http.server.HTTPServer(("127.0.0.1", 0), H); print(s.server_port, flush=True); s.serve_forever()
    """#

  @Test("a webhook that fails is retried after the backoff and succeeds once the server recovers")
  func webhookRecovers() throws {
    let site = try RemindSite()
    let log = site.cli.folder.appendingPathComponent("posts.jsonl").path
    let (server, port) = try Python.server(Self.httpServer, args: [log, "1000"])
    defer { Python.stop(server) }
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "http://127.0.0.1:\(port)/hook"
      timeout = 5
      """)
    let down = try site.remind("--now", "2026-10-12T08:00", "--unit", "qy-shiyan-xx")
    #expect(down.status == 1)
    #expect(try site.sql("SELECT DISTINCT status FROM delivery") == ["failed"])
    Python.stop(server)
    let (healthy, newPort) = try Python.server(Self.httpServer, args: [log, "0"])
    defer { Python.stop(healthy) }
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "http://127.0.0.1:\(newPort)/hook"
      """)
    // Before the first retry is due (30 minutes) nothing is tried again.
    let early = try site.remind("--now", "2026-10-12T08:10", "--unit", "qy-shiyan-xx")
    #expect(early.status == 0)
    #expect(try site.sql("SELECT DISTINCT status FROM delivery") == ["failed"])
    let later = try site.remind("--now", "2026-10-12T09:00", "--unit", "qy-shiyan-xx")
    #expect(later.status == 0, "\(later.stdout)")
    #expect(try site.sql("SELECT DISTINCT status FROM delivery") == ["sent"])
    let posts = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    let last = try #require(posts.last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
    let body = try #require((last["body"] as? String)?.data(using: .utf8))
    let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
    #expect((json["text"] as? String)?.contains("清源区实验小学") == true)
  }

  @Test("a message that keeps failing is given up after max_attempts, visibly")
  func givesUp() throws {
    let site = try RemindSite()
    try site.writeConfig("""
      [channels.hook]
      type = "webhook"
      url = "http://127.0.0.1:9/closed"
      timeout = 2

      [remind]
      max_attempts = 2
      retry_after_minutes = 10
      """)
    #expect(try site.remind("--now", "2026-10-12T08:00", "--unit", "qy-shiyan-xx").status == 1)
    let second = try site.remind("--now", "2026-10-12T09:00", "--unit", "qy-shiyan-xx")
    #expect(second.status == 1)
    #expect(!second.stdout.contains("放弃 0 条"))
    let given = try site.sql("SELECT count(*) FROM delivery WHERE status = 'failed' AND next_attempt_at IS NULL")
    #expect(Int(given.first ?? "0")! > 0)
    let doctor = try site.cli.run(args: ["doctor", "--config", site.config, "--now", "2026-10-12T10:00"])
    #expect(doctor.stdout.contains("已放弃"))
  }

  @Test("the DingTalk robot format is signed: HMAC-SHA256 of timestamp and secret, base64, URL-encoded")
  func dingtalkSigned() throws {
    let site = try RemindSite()
    let log = site.cli.folder.appendingPathComponent("posts.jsonl").path
    let (server, port) = try Python.server(Self.httpServer, args: [log, "0"])
    defer { Python.stop(server) }
    try site.writeConfig("""
      [channels.robot]
      type = "webhook"
      format = "dingtalk"
      url = "http://127.0.0.1:\(port)/robot/send?access_token=abc"
      secret = "SECtest123"
      contact = "phone"
      """)
    let result = try site.remind("--now", "2026-10-12", "--unit", "qy-shiyan-xx")
    #expect(result.status == 0, "\(result.stdout)")
    let check = try Python.run(#"""
      import sys, json, hmac, hashlib, base64, urllib.parse
      for line in open(sys.argv[1]):
          r = json.loads(line); q = urllib.parse.urlparse(r["path"]).query
          params = urllib.parse.parse_qs(q); ts = params["timestamp"][0]
          mac = hmac.new(b"SECtest123", (ts + "\n" + "SECtest123").encode(), hashlib.sha256).digest()
          body = json.loads(r["body"])
          print(params["sign"][0] == base64.b64encode(mac).decode(), body["msgtype"], "atMobiles" in body["at"])
      """#, args: [log])
    let lines = check.split(separator: "\n")
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { $0 == "True text True" }, "\(check)")
  }
}
