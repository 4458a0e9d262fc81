/*
 * table.sort, as Lua 5.4's ltablib.c has it (same algorithm, pivots and messages), with one
 * change: every comparison checks the time budget. Without a comparator the comparisons
 * run in C (strcoll over strings of up to the memory cap), where no hook can stop them:
 * 120 strings of a megabyte of NUL bytes took over a minute with a 1 s budget.
 */
#include "CLuaSandbox.h"
#include "safelib.h"

#include <lauxlib.h>
#include <limits.h>
#include <string.h>
#include <time.h>

typedef unsigned int IdxT;

#define RANLIMIT 100u

/* A pivot randomisation from the clock, as ltablib.c's l_randomizePivot. */
static unsigned int tzs_randomize_pivot(void) {
  clock_t c = clock();
  time_t t = time(NULL);
  unsigned int buff[(sizeof(c) + sizeof(t)) / sizeof(unsigned int)];
  unsigned int rnd = 0;
  memcpy(buff, &c, sizeof(c));
  memcpy((char *)buff + sizeof(c), &t, sizeof(t));
  for (size_t i = 0; i < sizeof(buff) / sizeof(buff[0]); i++) rnd += buff[i];
  return rnd;
}

static void set2(lua_State *L, IdxT i, IdxT j) {
  lua_seti(L, 1, i);
  lua_seti(L, 1, j);
}

static int sort_comp(lua_State *L, int a, int b) {
  /* The timer's signal sets `expired`: a load per comparison; the clock is read as well
   * every 256 comparisons in case no timer could be created. */
  static _Thread_local unsigned int count = 0;
  tzs_limits *lim = tzs_limits_of(L);
  if (lim->expired || ((++count & 255u) == 0 && tzs_deadline_passed(L))) tzs_raise_timeout(L);
  if (lua_isnil(L, 2)) return lua_compare(L, a, b, LUA_OPLT);
  lua_pushvalue(L, 2);
  lua_pushvalue(L, a - 1);
  lua_pushvalue(L, b - 2);
  lua_call(L, 2, 1);
  int res = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return res;
}

static IdxT partition(lua_State *L, IdxT lo, IdxT up) {
  IdxT i = lo;
  IdxT j = up - 1;
  for (;;) {
    while (lua_geti(L, 1, ++i), sort_comp(L, -1, -2)) {
      if (i == up - 1) luaL_error(L, "invalid order function for sorting");
      lua_pop(L, 1);
    }
    while (lua_geti(L, 1, --j), sort_comp(L, -3, -1)) {
      if (j < i) luaL_error(L, "invalid order function for sorting");
      lua_pop(L, 1);
    }
    if (j < i) {
      lua_pop(L, 1);
      set2(L, up - 1, i);
      return i;
    }
    set2(L, i, j);
  }
}

static IdxT choose_pivot(IdxT lo, IdxT up, unsigned int rnd) {
  IdxT r4 = (up - lo) / 4;
  return rnd % (r4 * 2) + (lo + r4);
}

static void auxsort(lua_State *L, IdxT lo, IdxT up, unsigned int rnd) {
  while (lo < up) {
    IdxT p, n;
    lua_geti(L, 1, lo);
    lua_geti(L, 1, up);
    if (sort_comp(L, -1, -2)) set2(L, lo, up);
    else lua_pop(L, 2);
    if (up - lo == 1) break;
    if (up - lo < RANLIMIT || rnd == 0) p = (lo + up) / 2;
    else p = choose_pivot(lo, up, rnd);
    lua_geti(L, 1, p);
    lua_geti(L, 1, lo);
    if (sort_comp(L, -2, -1)) {
      set2(L, p, lo);
    } else {
      lua_pop(L, 1);
      lua_geti(L, 1, up);
      if (sort_comp(L, -1, -2)) set2(L, p, up);
      else lua_pop(L, 2);
    }
    if (up - lo == 2) break;
    lua_geti(L, 1, p);
    lua_pushvalue(L, -1);
    lua_geti(L, 1, up - 1);
    set2(L, p, up - 1);
    p = partition(L, lo, up);
    if (p - lo < up - p) {
      auxsort(L, lo, p - 1, rnd);
      n = p - lo;
      lo = p + 1;
    } else {
      auxsort(L, p + 1, up, rnd);
      n = up - p;
      up = p - 1;
    }
    if ((up - lo) / 128 > n) rnd = tzs_randomize_pivot();
  }
}

int tzs_tsort(lua_State *L) {
  tzs_checktab(L, 1, 1, 1, 1);
  lua_Integer n = luaL_len(L, 1);
  if (n > 1) {
    luaL_argcheck(L, n < INT_MAX, 1, "array too big");
    if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 2);
    auxsort(L, 1, (IdxT)n, 0);
  }
  return 0;
}
