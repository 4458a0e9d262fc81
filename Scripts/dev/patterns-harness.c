/*
 * Differential test harness for Sources/CLuaSandbox/patterns.c (a developer tool, not part
 * of the build). It opens a plain Lua 5.4 state with the standard libraries, puts our
 * find / match / gmatch / gsub into a global table `tz`, and runs a Lua driver script
 * (Scripts/dev/patterns-diff.lua) that compares them with the real string.* functions.
 *
 * The time budget is replaced by a step budget: tzs_deadline_passed counts its calls and
 * reports the deadline passed once `tz_budget(n)` calls have been made (0: never).
 *
 * Build and run: Scripts/dev/patterns-diff.sh
 */
#include "CLuaSandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>

const char *const tzs_timeout_message = "time limit exceeded";

static long checks_allowed = 0;  /* 0: unlimited */
static long checks_made = 0;

int tzs_deadline_passed(lua_State *L) {
  (void)L;
  checks_made++;
  return checks_allowed > 0 && checks_made > checks_allowed;
}

int tzs_raise_timeout(lua_State *L) {
  return luaL_error(L, "%s", tzs_timeout_message);
}

/* tz_budget(n): allow n more clock checks (0: unlimited); returns checks made so far. */
static int set_budget(lua_State *L) {
  lua_pushinteger(L, checks_made);
  checks_allowed = (long)luaL_checkinteger(L, 1);
  checks_made = 0;
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s driver.lua [args...]\n", argv[0]);
    return 2;
  }
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  lua_newtable(L);
  tzs_open_budgeted_string(L, -1);
  lua_setglobal(L, "tz");
  lua_register(L, "tz_budget", set_budget);
  lua_newtable(L);
  for (int i = 2; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - 1);
  }
  lua_setglobal(L, "arg");
  if (luaL_dofile(L, argv[1]) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    lua_close(L);
    return 1;
  }
  lua_close(L);
  return 0;
}
