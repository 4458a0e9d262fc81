extension TypeStubs {
  /// The globals `taizhang plugin test` gives spec files (`spec/*_spec.lua`).
  static let specAPI = """

    -- Self-tests (spec/*_spec.lua, run by `taizhang plugin test`) --------------------

    ---What spec.unit declares.
    ---@class spec.UnitDeclaration
    ---@field id string
    ---@field name string?
    ---@field type string? # default: the plugin's first unit type
    ---@field parent string? # a unit declared earlier
    ---@field attributes table<string, string>?
    ---@field terms { name: string?, start: string, ["end"]: string }[]?
    ---@field roles table<string, string|string[]>? # role → person id(s); roles are checked

    ---What spec.record writes.
    ---@class spec.RecordDeclaration
    ---@field unit string
    ---@field item string
    ---@field period string? # default: the occurrence whose window holds today
    ---@field by string?
    ---@field note string?
    ---@field values table<string, number>?

    ---An occurrence as spec.occurrences lists it.
    ---@class spec.Occurrence
    ---@field item string
    ---@field period string
    ---@field due string
    ---@field records integer
    ---@field done boolean

    ---The expectations of a value.
    ---@class spec.Expectation
    ---@field to_equal fun(expected: any) # deep equality of tables
    ---@field not_to_equal fun(other: any)
    ---@field to_be_truthy fun()
    ---@field to_be_falsy fun()
    ---@field to_be_nil fun()
    ---@field to_contain fun(part: any) # a substring, or an element of a list
    ---@field not_to_contain fun(part: any)

    ---Groups tests; names nest in reports.
    ---@param name string
    ---@param body fun()
    function describe(name, body) end

    ---One test; it fails at the first unmet expectation or error.
    ---@param name string
    ---@param body fun()
    function it(name, body) end

    ---@param actual any
    ---@return spec.Expectation
    function expect(actual) end

    ---The spec world: a throwaway ledger and a virtual clock.
    ---@class spec
    spec = { clock = {} }

    ---Declares a unit in the throwaway ledger; returns its id.
    ---@param unit spec.UnitDeclaration
    ---@return string
    function spec.unit(unit) end

    ---Records an occurrence as done on the clock's day; returns the period recorded.
    ---@param record spec.RecordDeclaration
    ---@return string
    function spec.record(record) end

    ---The ids of the items that apply to a unit.
    ---@param unit string
    ---@return string[]
    function spec.items(unit) end

    ---The occurrences of a unit's items in a period.
    ---@param unit string
    ---@param period string
    ---@return spec.Occurrence[]
    function spec.occurrences(unit, period) end

    ---The due days of one item of a unit in a period (empty when it does not apply).
    ---@param unit string
    ---@param item string
    ---@param period string
    ---@return string[]
    function spec.due_dates(unit, item, period) end

    ---"done", "open", "overdue" (judged on the clock's day), or "none" when nothing is due.
    ---@param unit string
    ---@param item string
    ---@param period string
    ---@return "done"|"open"|"overdue"|"none"
    function spec.status(unit, item, period) end

    ---Calls `body` with `unit` in context for tz.unit, tz.store and tz.cal.terms; returns its result.
    ---@param unit string
    ---@param body fun(): any
    ---@return any
    function spec.with_unit(unit, body) end

    ---Sets the virtual clock (it starts on 2026-01-01); returns the day.
    ---@param date string
    ---@return string
    function spec.clock.set(date) end

    ---Moves the clock by `days`; returns the day.
    ---@param days integer
    ---@return string
    function spec.clock.advance(days) end

    ---The clock's day.
    ---@return string
    function spec.clock.today() end

    """
}
