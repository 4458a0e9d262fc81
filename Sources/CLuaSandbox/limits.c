/*
 * Memory cap and time budget of a sandboxed state.
 *
 * Memory: a custom allocator accounts every byte to the state's tzs_limits. While Lua code
 * runs (`enforce` > 0) a growth past the cap is refused, which Lua turns into a catchable
 * "not enough memory" error after an emergency collection. A shrink never fails. While Swift
 * code runs (host-side marshalling, Swift functions called from Lua) the cap is not enforced,
 * so no allocation made from a Swift frame can raise and unwind through it.
 *
 * Time: a count hook fires every `hook_count` VM instructions and compares a monotonic clock
 * with the call's deadline: about 20 ns per thousand instructions instead of a hook on every
 * instruction. Coroutines inherit the hook when they are created. Once the deadline has
 * passed the state is `expired`: the hook re-arms itself to fire on every instruction and
 * raises again, so code that swallows the error with pcall stops at its next instruction.
 * C loops of our own (patterns.c, safelib.c) call tzs_deadline_passed themselves.
 */
#include "CLuaSandbox.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

const char *const tzs_timeout_message = "time limit exceeded";

static void *tzs_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  tzs_limits *lim = (tzs_limits *)ud;
  size_t old = ptr ? osize : 0; /* with ptr == NULL, osize is a type tag, not a size */
  if (nsize == 0) {
    free(ptr);
    lim->used -= old;
    return NULL;
  }
  if (nsize > old && lim->enforce > 0 && lim->limit > 0 && lim->used - old + nsize > lim->limit) {
    lim->limit_hit = 1;
    return NULL;
  }
  void *block = realloc(ptr, nsize);
  if (block == NULL) {
    if (nsize <= old) block = ptr; /* Lua requires that a shrink never fails */
    else return NULL;
  }
  lim->used = lim->used - old + nsize;
  if (lim->used > lim->peak) lim->peak = lim->used;
  return block;
}

static int tzs_panic(lua_State *L) {
  const char *msg = lua_tostring(L, -1);
  fprintf(stderr, "taizhang: internal error: unprotected Lua error: %s\n", msg ? msg : "?");
  return 0; /* Lua aborts after the panic function returns */
}

lua_State *tzs_newstate(tzs_limits *lim) {
  lua_State *L = lua_newstate(tzs_alloc, lim);
  if (L != NULL) lua_atpanic(L, tzs_panic);
  return L;
}

tzs_limits *tzs_limits_of(lua_State *L) {
  void *ud = NULL;
  (void)lua_getallocf(L, &ud);
  return (tzs_limits *)ud;
}

int64_t tzs_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int tzs_deadline_passed(lua_State *L) {
  tzs_limits *lim = tzs_limits_of(L);
  if (lim->expired) return 1;
  if (lim->deadline_ns == 0 || tzs_now_ns() < lim->deadline_ns) return 0;
  lim->expired = 1;
  return 1;
}

int tzs_raise_timeout(lua_State *L) {
  return luaL_error(L, "%s", tzs_timeout_message);
}

static void tzs_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  tzs_limits *lim = tzs_limits_of(L);
  if (tzs_deadline_passed(L)) {
    if (lua_gethookcount(L) != 1) lua_sethook(L, tzs_hook, LUA_MASKCOUNT, 1);
    /* in a hook, level 0 is the Lua function that was running */
    luaL_where(L, 0);
    lua_pushstring(L, tzs_timeout_message);
    lua_concat(L, 2);
    lua_error(L);
  } else if (lua_gethookcount(L) != lim->hook_count) {
    /* a coroutine that expired in an earlier call: back to the cheap interval */
    lua_sethook(L, tzs_hook, LUA_MASKCOUNT, lim->hook_count);
  }
}

void tzs_begin_budget(lua_State *L, int64_t budget_ns) {
  tzs_limits *lim = tzs_limits_of(L);
  lim->expired = 0;
  if (budget_ns <= 0) {
    lim->deadline_ns = 0;
    lua_sethook(L, NULL, 0, 0);
    return;
  }
  lim->deadline_ns = tzs_now_ns() + budget_ns;
  if (lim->hook_count <= 0) lim->hook_count = 1000;
  lua_sethook(L, tzs_hook, LUA_MASKCOUNT, lim->hook_count);
}

void tzs_expire(lua_State *L) {
  tzs_limits *lim = tzs_limits_of(L);
  lim->expired = 1;
  lua_sethook(L, tzs_hook, LUA_MASKCOUNT, 1);
}

int tzs_traceback_handler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (!lua_isnoneornil(L, 1) && lua_type(L, 1) != LUA_TSTRING) {
      msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    } else {
      msg = "(no error message)";
    }
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}
