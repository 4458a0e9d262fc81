/// The Lua half of the spec API, run in the plugin's state before each spec file: it
/// receives the host function that collects `it` blocks and defines `describe`, `it` and
/// `expect`. A failed expectation raises at level 2, so the message names the spec's line.
let specPrelude = #"""
  local collect = ...
  local type, tostring, pairs, ipairs, error, select = type, tostring, pairs, ipairs, error, select
  local concat, sort, find = table.concat, table.sort, string.find
  local names = {}

  function describe(name, body)
    if type(name) ~= "string" or type(body) ~= "function" then
      error("describe(name, function() … end) takes a name and a function", 2)
    end
    names[#names + 1] = name
    body()
    names[#names] = nil
  end

  function it(name, body)
    if type(name) ~= "string" or type(body) ~= "function" then
      error("it(name, function() … end) takes a name and a function", 2)
    end
    local prefix = concat(names, " › ")
    collect(prefix == "" and name or prefix .. " › " .. name, body)
  end

  local function show(value, depth)
    depth = depth or 0
    if type(value) == "string" then return '"' .. value .. '"' end
    if type(value) ~= "table" then return tostring(value) end
    if depth > 3 then return "{…}" end
    local parts, n = {}, #value
    for i = 1, n do parts[#parts + 1] = show(value[i], depth + 1) end
    local keys = {}
    for key in pairs(value) do
      if not (type(key) == "number" and key >= 1 and key <= n and key % 1 == 0) then keys[#keys + 1] = key end
    end
    sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    for _, key in ipairs(keys) do parts[#parts + 1] = tostring(key) .. " = " .. show(value[key], depth + 1) end
    return "{ " .. concat(parts, ", ") .. " }"
  end

  local function equal(a, b)
    if a == b then return true end
    if type(a) ~= "table" or type(b) ~= "table" then return false end
    for key, value in pairs(a) do
      if not equal(value, b[key]) then return false end
    end
    for key in pairs(b) do
      if a[key] == nil then return false end
    end
    return true
  end

  function expect(actual)
    local matchers = {}
    -- expect(x).to_equal(y) and expect(x):to_equal(y) both work.
    local function matcher(check)
      return function(...)
        local first = ...
        -- Plain calls, not tail calls: level 3 of error() must be the spec's line.
        if first == matchers and select("#", ...) >= 1 then
          check(select(2, ...))
        else
          check(...)
        end
      end
    end
    matchers.to_equal = matcher(function(expected)
      if not equal(actual, expected) then
        error("expected " .. show(expected) .. ", got " .. show(actual), 3)
      end
    end)
    matchers.to_be_truthy = matcher(function()
      if not actual then error("expected a truthy value, got " .. show(actual), 3) end
    end)
    matchers.to_be_falsy = matcher(function()
      if actual then error("expected a falsy value, got " .. show(actual), 3) end
    end)
    matchers.to_be_nil = matcher(function()
      if actual ~= nil then error("expected nil, got " .. show(actual), 3) end
    end)
    matchers.to_contain = matcher(function(part)
      if type(actual) == "string" then
        if type(part) == "string" and find(actual, part, 1, true) then return end
      elseif type(actual) == "table" then
        for _, value in pairs(actual) do
          if equal(value, part) then return end
        end
      end
      error("expected " .. show(actual) .. " to contain " .. show(part), 3)
    end)
    matchers.not_to_equal = matcher(function(other)
      if equal(actual, other) then error("expected a value other than " .. show(other), 3) end
    end)
    matchers.not_to_contain = matcher(function(part)
      local found = false
      if type(actual) == "string" then
        found = type(part) == "string" and find(actual, part, 1, true) ~= nil
      elseif type(actual) == "table" then
        for _, value in pairs(actual) do
          if equal(value, part) then found = true end
        end
      end
      if found then error("expected " .. show(actual) .. " not to contain " .. show(part), 3) end
    end)
    return matchers
  end
  """#
