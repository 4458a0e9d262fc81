/*
 * Budgeted replacements for library functions whose C loops could run for a long time
 * without allocating, where neither the memory cap nor the count hook would stop them:
 *
 *   string.rep("", 1e15)                      -- a trillion zero-byte copies
 *   table.move({}, 1, 1e15, 2)                -- a trillion nil moves
 *   table.insert(setmetatable({}, {__len = function() return 1e15 end}), 1, 0)
 *   table.remove(...same...)                  -- shifting over a fake length
 *   table.sort(strings)                        -- comparisons in C (strcoll) over huge strings
 *
 * The replacements keep Lua 5.4's semantics and messages and check the time budget every
 * few thousand iterations.
 */
#include "CLuaSandbox.h"
#include "safelib.h"

#include <lauxlib.h>

#define TZS_CHECK_EVERY 4096

void tzs_checktab(lua_State *L, int arg, int read, int write, int len) {
  if (lua_type(L, arg) == LUA_TTABLE) return;
  int n = 1;
  if (lua_getmetatable(L, arg)) {
    int ok = 1;
    if (read) { lua_pushliteral(L, "__index"); ok = ok && lua_rawget(L, -(n++) - 1) != LUA_TNIL; }
    if (write) { lua_pushliteral(L, "__newindex"); ok = ok && lua_rawget(L, -(n++) - 1) != LUA_TNIL; }
    if (len) { lua_pushliteral(L, "__len"); ok = ok && lua_rawget(L, -(n++) - 1) != LUA_TNIL; }
    lua_pop(L, n);
    if (ok) return;
  }
  luaL_checktype(L, arg, LUA_TTABLE); /* raises the standard message */
}

static void tzs_tick(lua_State *L, lua_Integer i) {
  if ((i & (TZS_CHECK_EVERY - 1)) == 0 && tzs_deadline_passed(L)) tzs_raise_timeout(L);
}

static int tzs_str_rep(lua_State *L) {
  size_t len = 0, seplen = 0;
  luaL_checklstring(L, 1, &len);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &seplen);
  if (n <= 0 || len + seplen == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  lua_pushvalue(L, lua_upvalueindex(1)); /* the original: its work is bounded by memory now */
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

static int tzs_tmove(lua_State *L) {
  lua_Integer f = luaL_checkinteger(L, 2);
  lua_Integer e = luaL_checkinteger(L, 3);
  lua_Integer t = luaL_checkinteger(L, 4);
  int dest = lua_isnoneornil(L, 5) ? 1 : 5;
  tzs_checktab(L, 1, 1, 0, 0);
  tzs_checktab(L, dest, 0, 1, 0);
  if (e >= f) {
    luaL_argcheck(L, f > 0 || e < LUA_MAXINTEGER + f, 3, "too many elements to move");
    lua_Integer n = e - f + 1;
    luaL_argcheck(L, t <= LUA_MAXINTEGER - n + 1, 4, "destination wrap around");
    int forward = t > e || t <= f || (dest != 1 && !lua_compare(L, 1, dest, LUA_OPEQ));
    for (lua_Integer k = 0; k < n; k++) {
      lua_Integer i = forward ? k : n - 1 - k;
      tzs_tick(L, k + 1);
      lua_geti(L, 1, f + i);
      lua_seti(L, dest, t + i);
    }
  }
  lua_pushvalue(L, dest);
  return 1;
}

static lua_Integer tzs_length(lua_State *L, int arg) {
  tzs_checktab(L, arg, 1, 1, 1);
  return luaL_len(L, arg);
}

static int tzs_tinsert(lua_State *L) {
  lua_Integer end = tzs_length(L, 1) + 1; /* the first empty slot */
  lua_Integer pos;
  switch (lua_gettop(L)) {
    case 2:
      pos = end;
      break;
    case 3:
      pos = luaL_checkinteger(L, 2);
      luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)end, 2, "position out of bounds");
      for (lua_Integer i = end; i > pos; i--) {
        tzs_tick(L, i);
        lua_geti(L, 1, i - 1);
        lua_seti(L, 1, i);
      }
      break;
    default:
      return luaL_error(L, "wrong number of arguments to 'insert'");
  }
  lua_seti(L, 1, pos);
  return 0;
}

static int tzs_tremove(lua_State *L) {
  lua_Integer size = tzs_length(L, 1);
  lua_Integer pos = luaL_optinteger(L, 2, size);
  if (pos != size)
    luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
  lua_geti(L, 1, pos);
  for (; pos < size; pos++) {
    tzs_tick(L, pos);
    lua_geti(L, 1, pos + 1);
    lua_seti(L, 1, pos);
  }
  lua_pushnil(L);
  lua_seti(L, 1, pos);
  return 1;
}

void tzs_open_budgeted_tables(lua_State *L, int string_table_index, int table_table_index) {
  int st = lua_absindex(L, string_table_index);
  int tt = lua_absindex(L, table_table_index);
  lua_getfield(L, st, "rep");
  lua_pushcclosure(L, tzs_str_rep, 1);
  lua_setfield(L, st, "rep");
  lua_pushcfunction(L, tzs_tmove);
  lua_setfield(L, tt, "move");
  lua_pushcfunction(L, tzs_tinsert);
  lua_setfield(L, tt, "insert");
  lua_pushcfunction(L, tzs_tremove);
  lua_setfield(L, tt, "remove");
  lua_pushcfunction(L, tzs_tsort);
  lua_setfield(L, tt, "sort");
}
