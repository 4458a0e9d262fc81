-- luacheck settings for the shipped plugins (Debian's lua-check): Lua 5.4, the one host
-- global `tz` that plugins may read, and nothing else.
std = "lua54"
read_globals = { "tz" }
max_line_length = 120
max_comment_line_length = false  -- Chinese comments count three bytes a character
exclude_files = { ".build*", "Plugins/_meta" }  -- _meta: generated type stubs, not code

-- Self-tests (spec/*_spec.lua) also see the spec API of `taizhang plugin test`.
files["Plugins/*/spec/*_spec.lua"] = { read_globals = { "describe", "it", "expect", "spec" } }
