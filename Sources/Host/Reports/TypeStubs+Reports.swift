extension TypeStubs {
  /// The annotations of `tz.report`, `tz.score`, `tz.doc` and the report context.
  static func reportSource() -> String {
    var out = "\n"
    for (schema, className, function, summary) in [
      (DeclarationSchema.report, "tz.Report", "report", "Declares a report (reports/*.lua)."),
      (DeclarationSchema.score, "tz.Score", "score", "Declares how units are scored and graded."),
    ] {
      out += "---\(summary)\n---@class \(className)\n"
      for field in schema.fields {
        let type: String
        switch (className, field.name) {
        case ("tz.Report", "body"): type = "fun(ctx: tz.ReportContext, doc: tz.Doc)"
        case ("tz.Report", "period"): type = #""week"|"month"|"quarter"|"half"|"year"|"term""#
        case ("tz.Score", "grades"), ("tz.Score", "weights"): type = "table<string, number>"
        default: type = field.type.rawValue
        }
        out += "---@field \(field.name)\(field.required ? "" : "?") \(type) # \(field.summary)\n"
      }
      out +=
        "\n---\(summary)\n---@param declaration \(className)\nfunction tz.\(function)(declaration) end\n\n"
    }
    out += """
      ---What a report body receives; see docs/reports.md for every field.
      ---@class tz.ReportContext
      ---@field report { id: string, title: string }
      ---@field unit { id: string, name: string, type: string, attributes: table<string, string>, parent: { id: string, name: string }? }
      ---@field period { key: string, kind: string, from: string, to: string, year: integer, title: string, month: integer?, quarter: integer? }
      ---@field as_of string # YYYY-MM-DD, the day statuses are judged on
      ---@field date_text string # e.g. 2026年11月30日
      ---@field as_of_text string # e.g. 截至2026年11月30日, for subtitles
      ---@field late_entries { item: string, title: string, period: string, done_on: string, entered_on: string }[] # records done by as_of but entered after it (补录), not counted
      ---@field period_over boolean # whether as_of is the period's last day or later (else the report is a progress snapshot)
      ---@field completion tz.Completion
      ---@field categories tz.Completion[] # with id and title
      ---@field items table[] # one line per item: completion, owners, metric value against target
      ---@field occurrences table[] # every occurrence with status ("done"|"overdue"|"open") and records
      ---@field overdue table[] # overdue occurrences with owners and days late
      ---@field metrics table[] # metric occurrences with value, target and met
      ---@field notes table[] # record notes with item, category and status
      ---@field score { score: number, grade: string, stars: integer, vetoed: string[], vetoed_titles: string[], rule: string, total_weight: number, grades: { name: string, at_least: number }[], failing: string, deductions: { item: string, title: string, weight: number, achieved: integer, counted: integer, points: number }[] }
      ---@field phases table[] # campaign phases with state and completion
      ---@field children table[] # roll-ups: each child unit's completion, score and grade, and its findings
      ---@field findings tz.Findings # the findings listed for the period, as they stood on as_of

      ---The findings of a unit for a report: the period's new ones and those carried into it.
      ---@class tz.Findings
      ---@field list tz.Finding[] # by found-on day
      ---@field counts { total: integer, new: integer, rectified: integer, closed: integer, overdue: integer, supervised: integer, returned: integer, late: integer, by_severity: table<string, integer> }
      ---@field severities { name: string, count: integer }[] # in the declared order
      ---@field categories { name: string, total: integer, rectified: integer, closed: integer, overdue: integer, rectification_rate: number?, closing_rate: number? }[] # those with findings, in the declared order
      ---@field rectification_rate number? # 整改率: rectified / total in percent; nil without findings
      ---@field closing_rate number? # 销号率: closed / total in percent; nil without findings

      ---One finding (问题) as it stood on as_of.
      ---@class tz.Finding
      ---@field id integer
      ---@field description string
      ---@field category string
      ---@field severity string
      ---@field status string # 待整改 | 整改中 | 待验收 | 已销号
      ---@field state "open"|"rectifying"|"awaiting_check"|"closed"
      ---@field found_on string
      ---@field found_by string?
      ---@field deadline string # 整改时限, YYYY-MM-DD
      ---@field owner_role string?
      ---@field owner string? # the responsible person's name, else the role holders' names
      ---@field owner_text string # e.g. 李强（总务主任）, for the 责任人（责任部门） column
      ---@field cooperating string[]
      ---@field measures string? # 整改措施
      ---@field rectified_on string?
      ---@field rectification_note string?
      ---@field closed_on string? # the day it was closed (销号)
      ---@field overdue boolean # not rectified and past the deadline
      ---@field overdue_days integer # working days past the deadline when overdue
      ---@field late boolean # rectified after the deadline
      ---@field supervised boolean # 挂牌督办
      ---@field returned integer # times sent back (退回)
      ---@field return_reason string?
      ---@field new boolean # found within the period
      ---@field item string? # the checklist item it concerns
      ---@field item_title string?
      ---@field inspection_kind string? # 自查, 督查, 回头看 …
      ---@field inspection_date string?

      ---Counts of occurrences.
      ---@class tz.Completion
      ---@field total integer
      ---@field counted integer # due by as_of, or done
      ---@field done integer
      ---@field overdue integer
      ---@field open integer
      ---@field rate number # done / counted in percent (100 when nothing counted)

      ---The document a report body fills; call its functions as methods (doc:heading(…)).
      ---@class tz.Doc
      tz.doc = {}
      ---@param text string
      ---@param opts? { subtitle: string?, addressee: string? } # addressee: 主送机关, flush left
      function tz.doc:title(text, opts) end
      ---@param text string # with its own numbering, e.g. "一、总体情况"
      ---@param opts? { level: integer? } # 1–6 (default: 1)
      function tz.doc:heading(text, opts) end
      ---@param text string # **bold**, *emphasis*
      function tz.doc:paragraph(text) end
      ---@param items string[]
      ---@param opts? { ordered: boolean? }
      function tz.doc:list(items, opts) end
      ---@param spec { caption: string?, header: any[]?, headers: any[][]?, rows: any[][], align: string[]? }
      function tz.doc:table(spec) end
      ---@param figures { label: string, value: string|number, target: string|number|nil }[]
      function tz.doc:figures(figures) end
      ---@param spec { title: string, categories: string[], series: { name: string, values: number[] }[], unit: string? }
      function tz.doc:bar_chart(spec) end
      ---@param spec { title: string, categories: string[], series: { name: string, values: number[] }[], unit: string? }
      function tz.doc:line_chart(spec) end
      function tz.doc:page_break() end
      ---@param spec { lines: string[], date: string }
      function tz.doc:signature(spec) end

      ---The shared report helpers of Plugins/_lib/report_kit.lua.
      ---@type table
      tz.kit = {}

      """
    return out
  }
}
