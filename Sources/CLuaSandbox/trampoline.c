/*
 * Calls from Lua into Swift.
 *
 * A Swift function is pushed as a C closure over one upvalue: a userdata holding the Swift
 * dispatch function and the Swift box of the function itself. The
 * trampoline turns the memory cap off while Swift runs (so nothing Swift pushes can raise),
 * and when Swift reports an error it raises it here, in C: lua_error's longjmp never crosses
 * a live Swift frame.
 */
#include "CLuaSandbox.h"

#include <lauxlib.h>

typedef struct tzs_dispatch_slot {
  tzs_dispatch_fn fn;
  void *box;
} tzs_dispatch_slot;

static int tzs_trampoline(lua_State *L) {
  tzs_dispatch_slot *slot = (tzs_dispatch_slot *)lua_touserdata(L, lua_upvalueindex(1));
  tzs_limits *lim = tzs_limits_of(L);
  int enforce = lim->enforce;
  lim->enforce = 0;
  int n = slot->fn(L, slot->box);
  lim->enforce = enforce;
  if (n == TZS_RAISE_WITH_POSITION) {
    if (lua_type(L, -1) == LUA_TSTRING) {
      luaL_where(L, 1);
      lua_insert(L, -2);
      lua_concat(L, 2);
    }
    return lua_error(L);
  }
  if (n == TZS_RAISE) return lua_error(L);
  return n;
}

void tzs_push_swift_function(lua_State *L, tzs_dispatch_fn dispatch, void *box) {
  tzs_dispatch_slot *slot = (tzs_dispatch_slot *)lua_newuserdatauv(L, sizeof(*slot), 0);
  slot->fn = dispatch;
  slot->box = box;
  lua_pushcclosure(L, tzs_trampoline, 1);
}
