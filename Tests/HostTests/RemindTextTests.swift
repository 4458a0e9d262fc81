import Foundation
import Storage
import Testing

@testable import Host

/// The hand-written text paths of a remind run: template filling, the notice stored with
/// each delivery, and the JSON bodies of the outbox and webhooks — each checked against
/// Foundation's own parser or a hand-written expectation.
@Suite("Remind texts")
struct RemindTextTests {
  @Test func templatesFillKnownFieldsOnly() {
    let t = MessageTemplates(texts: ["item": "· {title}（{due}）{late}{unknown}", "plain": "无占位", "open": "{title"])
    #expect(t.fill("item", ["title": "消防检查", "due": "2026-11-30", "late": ""]) == "· 消防检查（2026-11-30）{unknown}")
    // A value is not searched again: a title that contains "{due}" stays as written.
    #expect(t.fill("item", ["title": "{due}", "due": "明天", "late": "x"]) == "· {due}（明天）x{unknown}")
    #expect(t.fill("plain", ["title": "x"]) == "无占位")
    #expect(t.fill("open", ["title": "x"]) == "{title")
    #expect(t.fill("missing", [:]) == "")
  }

  @Test func trailingSpacesGoButBlankLinesStay() {
    #expect(Digest.trimmingTrailingSpaces("  · 检查（负责：校长） ") == "  · 检查（负责：校长）")
    #expect(Digest.trimmingTrailingSpaces("   ") == "   ")
    #expect(Digest.trimmingTrailingSpaces("不变") == "不变")
  }

  @Test func noticesRoundTripThroughTheirStoredText() throws {
    let tricky = ReminderNotice(
      unit: "u-01", unitName: "第一中学\n(\"总校\")", item: "safety.patrol", title: "巡查 \\ 记录\t/ 表",
      period: "2026-W47", due: "2026-11-20", urgency: .escalated, role: "总务主任", daysLate: 4)
    let text = tricky.encoded()
    // Foundation reads the same fields, so older and outside readers agree.
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["unitName"] as? String == tricky.unitName)
    #expect(object["title"] as? String == tricky.title)
    #expect(object["daysLate"] as? Int == 4)
    let key = DeliveryKey(unitID: "u-01", itemID: "safety.patrol", period: "2026-W47", stage: "escalate-1", recipient: "p", channel: "c")
    #expect(ReminderNotice.decoded(from: Delivery(key: key, message: text)) == tricky)
    // Text written by JSONEncoder (as earlier versions stored it) still reads.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted]
    let old = String(decoding: try encoder.encode(tricky), as: UTF8.self)
    #expect(ReminderNotice.decoded(from: Delivery(key: key, message: old)) == tricky)
    // Unreadable text falls back to the key.
    let broken = ReminderNotice.decoded(from: Delivery(key: key, message: "{\"unit\":"))
    #expect(broken.unit == "u-01" && broken.title == "safety.patrol" && broken.urgency == .due)
  }

  @Test func flatObjectsReadWhatTheyShouldAndRefuseTheRest() {
    #expect(JSONText.flatObject(#"{"a":"x\u00e9\"y","n":-3}"#) == ["a": .string("xé\"y"), "n": .integer(-3)])
    #expect(JSONText.flatObject(" { } ") == [:])
    // The escaper behind both: what it writes reads back as the text it was given.
    #expect(JSONText.string("a\"\\\n\u{1}é") == #""a\"\\\n\u0001é""#)
    #expect(JSONText.flatObject("{\"k\":" + JSONText.string("第\t\"一\"") + "}") == ["k": .string("第\t\"一\"")])
    for refused in [#"{"a":{"b":1}}"#, #"{"a":1.5}"#, #"{"a":true}"#, #"{"a":"\ud83d\ude00"}"#, #"{"a":1} x"#, "[1]", #"{"a":"x"#] {
      #expect(JSONText.flatObject(refused) == nil, "\(refused)")
    }
  }

  @Test func writerOutputIsJSONWithKeysInOrder() throws {
    var w = JSONBuilder(pretty: true)
    w.object { w in
      w.key("empty")
      w.array { _ in }
      w.key("list")
      w.array { w in
        w.integer(1)
        w.string("二\n\"三\"\u{1}")
      }
      w.key("nested")
      w.object { w in w.key("ok"); w.bool(true) }
    }
    let text = String(decoding: w.bytes, as: UTF8.self)
    #expect(text == """
      {
        "empty": [],
        "list": [
          1,
          "二\\n\\"三\\"\\u0001"
        ],
        "nested": {
          "ok": true
        }
      }
      """)
    var compact = JSONBuilder()
    compact.object { w in w.member("a", "b"); w.key("c"); w.object { _ in } }
    #expect(String(decoding: compact.bytes, as: UTF8.self) == #"{"a":"b","c":{}}"#)
  }
}
