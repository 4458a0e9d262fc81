/*
 * The memory cap of a sandboxed state, and its message handler. (The time budget is in
 * budget.c.)
 *
 * Memory: a custom allocator accounts every byte to the state's tzs_limits. While Lua code
 * runs (`enforce` > 0) a growth past the cap is refused, which Lua turns into a catchable
 * "not enough memory" error after an emergency collection. A shrink never fails. While Swift
 * code runs (host-side marshalling, Swift functions called from Lua) the cap is not enforced,
 * so no allocation made from a Swift frame can raise and unwind through it.
 *
 */
#include "CLuaSandbox.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>

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
  if (L != NULL) {
    lua_atpanic(L, tzs_panic);
    *(tzs_limits **)lua_getextraspace(L) = lim;
    lim->main = L;
    lim->current = L;
  }
  return L;
}

/* The limits live in the state's extra space, which Lua copies into every new thread:
 * one load instead of a call per lookup. */
tzs_limits *tzs_limits_of(lua_State *L) {
  return *(tzs_limits **)lua_getextraspace(L);
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
