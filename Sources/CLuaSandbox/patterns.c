/*
 * Budgeted string.find, string.match, string.gmatch and string.gsub.
 *
 * Lua's own pattern functions (lstrlib.c) backtrack inside C, where the count hook that
 * enforces a plugin's time budget never fires, so one call can hold the host for minutes.
 * These replacements take the same arguments, give the same results and raise the same
 * errors as Lua 5.4's (written from the manual, §6.4 and §6.4.1, and checked against
 * Debian's lua5.4 by Scripts/dev/patterns-diff.sh), but charge a step for every
 * single-character test and every backtracking retry and look at the clock
 * (tzs_deadline_passed) every 1,024 steps, raising the time-limit error when it has passed.
 *
 * Pathological cases the budget exists for (n = 30,000; each runs for seconds to hours in
 * plain Lua, and stops at the deadline here):
 *   string.find(("a"):rep(n), ".-.-.-.-b")        nested lazy items: O(n^5) retries
 *   string.find(("a"):rep(n), ".*.*.*b")          nested greedy items: O(n^4)
 *   string.match(("a"):rep(n), "(a*)(a*)(a*)b")   greedy captures: O(n^3) retries
 *   string.gsub(("a"):rep(n), "a-a-a-b", "")      every start position retries O(n^3)
 *   string.find(("("):rep(n), "%b()")             each start scans to the end: O(n^2)
 *   string.find(("a"):rep(n), "(.-)%1%1b")        back-references compared at each retry
 *   string.gmatch(("x"):rep(n), "x-x-x-y")        each iteration restarts the search
 *   string.find(("a"):rep(n), ("a"):rep(n/2).."b", 1, true)  plain search: O(n^2) bytes
 *   string.find(("b"):rep(n), "[" .. ("a"):rep(n) .. "]")   each byte reads the whole set
 * A plain search (find with `plain` or a pattern without magic characters) is charged one
 * step per candidate position plus one per 64 bytes compared; a back-reference likewise;
 * testing a byte against a set costs one more step per 32 bytes of the set.
 *
 * Deliberate difference from Lua 5.4: none in results or messages. Each gmatch iteration
 * starts with a fresh recursion limit even after an earlier iteration raised an error.
 */
#include "CLuaSandbox.h"

#include "pattern_matcher.h"

#include <lauxlib.h>
#include <string.h>

/* The 0-based start offset for a 1-based, possibly negative `init` over `len` bytes;
 * may exceed `len` (the caller then finds nothing). */
static size_t tzp_start_offset(lua_Integer init, size_t len) {
  if (init > 0) return (size_t)init - 1;
  if (init == 0 || init < -(lua_Integer)len) return 0;
  return len - (size_t)(-init);
}

/* Whether the pattern uses any magic character; without one, find searches plainly. */
static int tzp_has_magic(const char *p, size_t lp) {
  static const char magic[] = "^$*+?.([%-";
  for (size_t i = 0; i < lp; i++) {
    if (memchr(magic, p[i], sizeof magic - 1) != NULL) return 1;
  }
  return 0;
}

/* The first occurrence of p (lp bytes) in s (ls bytes), or NULL. */
static const char *tzp_plain_find(tzp_matcher *m, const char *s, size_t ls, const char *p,
                                  size_t lp) {
  if (lp == 0) return s;
  if (lp > ls) return NULL;
  const char *last = s + (ls - lp);
  for (const char *from = s; from <= last; ) {
    const char *hit = memchr(from, *p, (size_t)(last - from) + 1);
    if (hit == NULL) return NULL;
    tzp_charge(m, 1 + lp / 64);
    if (memcmp(hit + 1, p + 1, lp - 1) == 0) return hit;
    from = hit + 1;
  }
  return NULL;
}

/* string.find (positions first) and string.match (captures only). */
static int tzp_find_or_match(lua_State *L, int find) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  size_t init = tzp_start_offset(luaL_optinteger(L, 3, 1), ls);
  if (init > ls) {
    luaL_pushfail(L);
    return 1;
  }
  tzp_matcher m;
  tzp_prepare(&m, L, s, ls, p, lp);
  if (find && (lua_toboolean(L, 4) || !tzp_has_magic(p, lp))) {
    const char *hit = tzp_plain_find(&m, s + init, ls - init, p, lp);
    if (hit != NULL) {
      lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
      lua_pushinteger(L, (lua_Integer)(hit - s) + (lua_Integer)lp);
      return 2;
    }
  } else {
    int anchored = (lp > 0 && *p == '^');
    if (anchored) p++;
    const char *from = s + init;
    do {
      tzp_reset(&m);
      const char *end = tzp_match(&m, from, p);
      if (end != NULL) {
        if (!find) return tzp_push_captures(&m, from, end);
        lua_pushinteger(L, (lua_Integer)(from - s) + 1);
        lua_pushinteger(L, (lua_Integer)(end - s));
        return tzp_push_captures(&m, NULL, NULL) + 2;
      }
    } while (from++ < m.subject_end && !anchored);
  }
  luaL_pushfail(L);
  return 1;
}

static int tzp_find(lua_State *L) { return tzp_find_or_match(L, 1); }

static int tzp_str_match(lua_State *L) { return tzp_find_or_match(L, 0); }

/* The iteration state of one gmatch loop, kept in a userdata upvalue. */
typedef struct tzp_iteration {
  tzp_matcher m;
  const char *next;        /* where the next search starts */
  const char *pattern;
  const char *last_end;    /* end of the previous match, which may not end another one */
} tzp_iteration;

static int tzp_gmatch_step(lua_State *L) {
  tzp_iteration *it = (tzp_iteration *)lua_touserdata(L, lua_upvalueindex(3));
  it->m.L = L;
  for (const char *from = it->next; from <= it->m.subject_end; from++) {
    tzp_reset(&it->m);
    const char *end = tzp_match(&it->m, from, it->pattern);
    if (end != NULL && end != it->last_end) {
      it->next = it->last_end = end;
      return tzp_push_captures(&it->m, from, end);
    }
  }
  return 0;
}

static int tzp_gmatch(lua_State *L) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  size_t init = tzp_start_offset(luaL_optinteger(L, 3, 1), ls);
  lua_settop(L, 2);  /* the closure keeps both strings alive */
  tzp_iteration *it = (tzp_iteration *)lua_newuserdatauv(L, sizeof(tzp_iteration), 0);
  if (init > ls) init = ls + 1;  /* past the end: the loop finds nothing */
  tzp_prepare(&it->m, L, s, ls, p, lp);
  it->next = s + init;
  it->pattern = p;
  it->last_end = NULL;
  lua_pushcclosure(L, tzp_gmatch_step, 3);
  return 1;
}

/* Appends the string replacement (argument 3) for the match s..e, expanding %0-%9, %%. */
static void tzp_add_template(tzp_matcher *m, luaL_Buffer *b, const char *s, const char *e) {
  size_t len;
  const char *t = lua_tolstring(m->L, 3, &len);
  const char *end = t + len;
  for (;;) {
    const char *esc = memchr(t, '%', (size_t)(end - t));
    if (esc == NULL) break;
    luaL_addlstring(b, t, (size_t)(esc - t));
    char next = (esc + 1 < end) ? esc[1] : '\0';
    if (next == '%') {
      luaL_addchar(b, '%');
    } else if (next == '0') {
      luaL_addlstring(b, s, (size_t)(e - s));
    } else if (next >= '1' && next <= '9') {
      tzp_push_capture(m, next - '1', s, e);
      luaL_addvalue(b);
    } else {
      luaL_error(m->L, "invalid use of '%c' in replacement string", '%');
    }
    t = esc + 2;
  }
  luaL_addlstring(b, t, (size_t)(end - t));
}

/* Appends the replacement for the match s..e; returns whether it changed the text. */
static int tzp_add_replacement(tzp_matcher *m, luaL_Buffer *b, const char *s, const char *e,
                               int kind) {
  lua_State *L = m->L;
  if (kind == LUA_TFUNCTION) {
    lua_pushvalue(L, 3);
    int n = tzp_push_captures(m, s, e);
    lua_call(L, n, 1);
  } else if (kind == LUA_TTABLE) {
    tzp_push_capture(m, 0, s, e);
    lua_gettable(L, 3);
  } else {
    tzp_add_template(m, b, s, e);
    return 1;
  }
  if (!lua_toboolean(L, -1)) {  /* false or nil keeps the matched text */
    lua_pop(L, 1);
    luaL_addlstring(b, s, (size_t)(e - s));
    return 0;
  }
  if (!lua_isstring(L, -1)) {
    return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  }
  luaL_addvalue(b);
  return 1;
}

static int tzp_gsub(lua_State *L) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  int kind = lua_type(L, 3);
  lua_Integer limit = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
  luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION
                   || kind == LUA_TTABLE, 3, "string/function/table");
  int anchored = (lp > 0 && *p == '^');
  if (anchored) {
    p++;
    lp--;
  }
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  tzp_matcher m;
  tzp_prepare(&m, L, s, ls, p, lp);
  const char *last_end = NULL;
  lua_Integer count = 0;
  int changed = 0;
  while (count < limit) {
    tzp_reset(&m);
    const char *end = tzp_match(&m, s, p);
    if (end != NULL && end != last_end) {
      count++;
      changed = tzp_add_replacement(&m, &b, s, end, kind) | changed;
      s = last_end = end;
    } else if (s < m.subject_end) {
      luaL_addchar(&b, *s++);
    } else {
      break;
    }
    if (anchored) break;
  }
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, s, (size_t)(m.subject_end - s));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, count);
  return 2;
}

void tzs_open_budgeted_string(lua_State *L, int string_table_index) {
  static const luaL_Reg functions[] = {
    {"find", tzp_find},
    {"match", tzp_str_match},
    {"gmatch", tzp_gmatch},
    {"gsub", tzp_gsub},
    {NULL, NULL},
  };
  int table = lua_absindex(L, string_table_index);
  for (const luaL_Reg *f = functions; f->name != NULL; f++) {
    lua_pushcfunction(L, f->func);
    lua_setfield(L, table, f->name);
  }
}
