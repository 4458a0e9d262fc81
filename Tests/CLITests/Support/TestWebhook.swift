import Foundation

/// An HTTP server on 127.0.0.1 for webhook tests. It logs every request as it arrives, one
/// JSON line (`path`, `delivery` = the `X-Taizhang-Delivery` header, `body`), then answers
/// according to its mode: `ok`, `fail N` (500 to the first N), `hang` (never answers),
/// `delay SECONDS`, or `hold FILE` (answers once FILE exists, at most 60 s later).
struct TestWebhook {
  static let script = #"""
    import http.server, socketserver, json, sys, os, time
    log = open(sys.argv[1], "a"); mode = sys.argv[2]; arg = sys.argv[3] if len(sys.argv) > 3 else ""
    count = [0]
    class H(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"] or 0))
            count[0] += 1
            log.write(json.dumps({"path": self.path, "delivery": self.headers.get("X-Taizhang-Delivery"),
                                  "body": body.decode()}) + "\n"); log.flush()
            if mode == "hang":
                time.sleep(3600)
            if mode == "delay":
                time.sleep(float(arg))
            if mode == "hold":
                end = time.time() + 60
                while not os.path.exists(arg) and time.time() < end: time.sleep(0.05)
            code = 500 if mode == "fail" and count[0] <= int(arg) else 200
            reply = b'{"errcode":0,"errmsg":"ok"}' if code == 200 else b"down"
            self.send_response(code); self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply))); self.end_headers(); self.wfile.write(reply)
        def log_message(self, *a): pass
    class S(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads = True
    s = S(("127.0.0.1", 0), H); print(s.server_port, flush=True); s.serve_forever()
    """#

  /// One logged request.
  struct Request {
    var delivery: String?
    var body: [String: Any]
    var messageID: String? { body["message_id"] as? String }
    var deliveries: [Int] { body["deliveries"] as? [Int] ?? [] }
  }

  let process: Process
  let port: Int
  let log: String

  /// Starts a server logging into `folder/name.jsonl`.
  init(folder: URL, name: String = "posts", mode: String, _ arg: String = "") throws {
    log = folder.appendingPathComponent("\(name).jsonl").path
    (process, port) = try Python.server(Self.script, args: [log, mode, arg])
  }

  var url: String { "http://127.0.0.1:\(port)/hook" }

  func stop() { Python.stop(process) }

  /// The requests logged so far.
  func requests() throws -> [Request] {
    guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
    return try text.split(separator: "\n").map { line in
      guard let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let body = (entry["body"] as? String)?.data(using: .utf8),
        let json = try JSONSerialization.jsonObject(with: body) as? [String: Any]
      else { throw Failure("bad log line \(line)") }
      return Request(delivery: entry["delivery"] as? String, body: json)
    }
  }
}

/// A `taizhang` process started in the background, with a bounded wait.
struct BackgroundRun {
  let process: Process
  let out: Pipe

  init(_ args: [String], database: String) throws {
    process = Process()
    process.executableURL = CLI.binary
    process.arguments = args + ["--db", database]
    out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  /// Waits at most `seconds` for the process to end (killing it then); its exit status
  /// and standard output, or nil when it had to be killed.
  func finish(within seconds: Double) -> (status: Int32, stdout: String)? {
    let end = Date().addingTimeInterval(seconds)
    while process.isRunning && Date() < end { usleep(20_000) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      return nil
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// Waits up to `seconds` for `condition`, polling; whether it came true.
func eventually(within seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
  let end = Date().addingTimeInterval(seconds)
  while Date() < end {
    if try condition() { return true }
    usleep(20_000)
  }
  return try condition()
}
