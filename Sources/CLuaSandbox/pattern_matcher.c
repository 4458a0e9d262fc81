/*
 * The pattern matcher: Lua 5.4 patterns (manual §6.4.1) with a step budget.
 *
 * The shape of the recursion decides when "pattern too complex" is raised, so it follows
 * the reference behaviour: a nested tzp_match call is made only for a capture boundary, for
 * each try of what follows `*`, `+`, `-`, and for what follows a matched `?`; everything
 * else (single items, %b, %f, back-references, a `?` that did not match) loops in place.
 */
#include "pattern_matcher.h"

#include "CLuaSandbox.h"

#include <ctype.h>
#include <lauxlib.h>
#include <string.h>

#define TZP_ESC '%'

void tzp_prepare(tzp_matcher *m, lua_State *L, const char *subject, size_t subject_len,
                 const char *pattern, size_t pattern_len) {
  m->L = L;
  m->subject = subject;
  m->subject_end = subject + subject_len;
  m->pattern_end = pattern + pattern_len;
  m->steps = 0;
  m->next_check = TZP_CHECK_EVERY;
  tzp_reset(m);
}

void tzp_reset(tzp_matcher *m) {
  m->ncap = 0;
  m->depth_left = TZP_MAX_DEPTH;
}

void tzp_charge(tzp_matcher *m, size_t n) {
  m->steps += n;
  if (m->steps >= m->next_check) {
    m->next_check = m->steps + TZP_CHECK_EVERY;
    if (tzs_deadline_passed(m->L)) tzs_raise_timeout(m->L);
  }
}

/* Whether byte `c` belongs to class letter `cls` (`a`, `d`, `S`, ...); any other letter
 * stands for itself, as after `%` in `%.` or `%%`. */
static int tzp_class_has(int c, int cls) {
  int found;
  switch (tolower(cls)) {
    case 'a': found = isalpha(c); break;
    case 'c': found = iscntrl(c); break;
    case 'd': found = isdigit(c); break;
    case 'g': found = isgraph(c); break;
    case 'l': found = islower(c); break;
    case 'p': found = ispunct(c); break;
    case 's': found = isspace(c); break;
    case 'u': found = isupper(c); break;
    case 'w': found = isalnum(c); break;
    case 'x': found = isxdigit(c); break;
    case 'z': found = (c == 0); break;  /* deprecated in the manual, still honoured by 5.4 */
    default: return cls == c;
  }
  found = found != 0;
  return isupper(cls) ? !found : found;
}

/* Whether byte `c` belongs to the set that opens at `p` ('[') and closes at `close` (']'). */
static int tzp_set_has(int c, const char *p, const char *close) {
  int inside = 1;
  if (p[1] == '^') {
    inside = 0;
    p++;
  }
  for (p++; p < close; p++) {
    unsigned char here = (unsigned char)*p;
    if (here == TZP_ESC) {
      p++;
      if (tzp_class_has(c, (unsigned char)*p)) return inside;
    } else if (p[1] == '-' && p + 2 < close) {
      if (here <= c && c <= (unsigned char)p[2]) return inside;
      p += 2;
    } else if (here == c) {
      return inside;
    }
  }
  return !inside;
}

/* The end of the single-character item starting at `p` (a byte, `.`, `%x` or a set). */
static const char *tzp_item_end(tzp_matcher *m, const char *p) {
  char c = *p++;
  if (c == TZP_ESC) {
    if (p >= m->pattern_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
    return p + 1;
  }
  if (c == '[') {
    const char *open = p - 1;
    if (p < m->pattern_end && *p == '^') p++;
    /* The first member is taken before looking for ']', so "[]]" is the set of ']'. */
    do {
      if (p >= m->pattern_end) luaL_error(m->L, "malformed pattern (missing ']')");
      c = *p++;
      if (c == TZP_ESC && p < m->pattern_end) p++;
    } while (p >= m->pattern_end || *p != ']');
    tzp_charge(m, (size_t)(p - open) / 32);  /* finding the end of a long set takes time */
    return p + 1;
  }
  return p;
}

/* Whether the subject byte at `s` matches the single item p..ep: one step, plus one per
 * 32 bytes of a set, which is read member by member. */
static int tzp_single(tzp_matcher *m, const char *s, const char *p, const char *ep) {
  tzp_charge(m, 1 + (size_t)(ep - p) / 32);
  if (s >= m->subject_end) return 0;
  int c = (unsigned char)*s;
  switch (*p) {
    case '.': return 1;
    case TZP_ESC: return tzp_class_has(c, (unsigned char)p[1]);
    case '[': return tzp_set_has(c, p, ep - 1);
    default: return (unsigned char)*p == c;
  }
}

/* `x*` (and `x+` after its first match): longest run first, then shorter ones. */
static const char *tzp_greedy(tzp_matcher *m, const char *s, const char *p, const char *ep) {
  size_t run = 0;
  while (tzp_single(m, s + run, p, ep)) run++;
  for (;;) {
    const char *end = tzp_match(m, s + run, ep + 1);
    if (end != NULL) return end;
    if (run == 0) return NULL;
    run--;
  }
}

/* `x-`: shortest run first, one more item at a time. */
static const char *tzp_lazy(tzp_matcher *m, const char *s, const char *p, const char *ep) {
  for (;;) {
    const char *end = tzp_match(m, s, ep + 1);
    if (end != NULL) return end;
    if (!tzp_single(m, s, p, ep)) return NULL;
    s++;
  }
}

static const char *tzp_open_capture(tzp_matcher *m, const char *s, const char *p, int kind) {
  if (m->ncap >= TZP_MAX_CAPTURES) luaL_error(m->L, "too many captures");
  m->cap[m->ncap].start = s;
  m->cap[m->ncap].len = kind;
  m->ncap++;
  const char *end = tzp_match(m, s, p);
  if (end == NULL) m->ncap--;
  return end;
}

static const char *tzp_close_capture(tzp_matcher *m, const char *s, const char *p) {
  int i = m->ncap - 1;
  while (i >= 0 && m->cap[i].len != TZP_OPEN) i--;
  if (i < 0) luaL_error(m->L, "invalid pattern capture");
  m->cap[i].len = s - m->cap[i].start;
  const char *end = tzp_match(m, s, p);
  if (end == NULL) m->cap[i].len = TZP_OPEN;
  return end;
}

/* `%bxy` with `p` at x: a run from x to its balancing y. */
static const char *tzp_balance(tzp_matcher *m, const char *s, const char *p) {
  if (p + 1 >= m->pattern_end) {
    luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
  }
  if (s >= m->subject_end || *s != *p) return NULL;
  char open = p[0], close = p[1];
  int depth = 1;
  while (++s < m->subject_end) {
    tzp_charge(m, 1);
    if (*s == close) {
      if (--depth == 0) return s + 1;
    } else if (*s == open) {
      depth++;
    }
  }
  return NULL;
}

/* `%1`..`%9`: the same text as an earlier closed capture. */
static const char *tzp_backref(tzp_matcher *m, const char *s, char digit) {
  int i = digit - '1';
  if (i < 0 || i >= m->ncap || m->cap[i].len == TZP_OPEN) {
    luaL_error(m->L, "invalid capture index %%%d", i + 1);
  }
  /* A position capture has a negative length, which never fits: it matches nothing. */
  size_t len = (size_t)m->cap[i].len;
  if ((size_t)(m->subject_end - s) < len) return NULL;
  tzp_charge(m, 1 + len / 64);
  return memcmp(m->cap[i].start, s, len) == 0 ? s + len : NULL;
}

/* `%f[set]` with `p` at '[': the frontier between a byte outside and a byte inside. */
static int tzp_frontier(tzp_matcher *m, const char *s, const char *p, const char *ep) {
  int before = (s == m->subject) ? 0 : (unsigned char)s[-1];
  int after = (s < m->subject_end) ? (unsigned char)*s : 0;
  return !tzp_set_has(before, p, ep - 1) && tzp_set_has(after, p, ep - 1);
}

const char *tzp_match(tzp_matcher *m, const char *s, const char *p) {
  if (m->depth_left-- == 0) luaL_error(m->L, "pattern too complex");
  tzp_charge(m, 1);
  const char *pe = m->pattern_end;
  while (p < pe) {
    if (*p == '(') {
      if (p + 1 < pe && p[1] == ')') s = tzp_open_capture(m, s, p + 2, TZP_POSITION);
      else s = tzp_open_capture(m, s, p + 1, TZP_OPEN);
      break;
    }
    if (*p == ')') {
      s = tzp_close_capture(m, s, p + 1);
      break;
    }
    if (*p == '$' && p + 1 == pe) {
      if (s != m->subject_end) s = NULL;
      break;
    }
    if (*p == TZP_ESC && p + 1 < pe) {
      char kind = p[1];
      if (kind == 'b') {
        s = tzp_balance(m, s, p + 2);
        if (s == NULL) break;
        p += 4;
        continue;
      }
      if (kind == 'f') {
        p += 2;
        if (p >= pe || *p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
        const char *ep = tzp_item_end(m, p);
        if (!tzp_frontier(m, s, p, ep)) {
          s = NULL;
          break;
        }
        p = ep;
        continue;
      }
      if (kind >= '0' && kind <= '9') {
        s = tzp_backref(m, s, kind);
        if (s == NULL) break;
        p += 2;
        continue;
      }
    }
    /* A single item, maybe followed by a quantifier. */
    const char *ep = tzp_item_end(m, p);
    char quantifier = (ep < pe) ? *ep : '\0';
    if (!tzp_single(m, s, p, ep)) {
      if (quantifier == '*' || quantifier == '?' || quantifier == '-') {
        p = ep + 1;
        continue;
      }
      s = NULL;
      break;
    }
    if (quantifier == '?') {
      const char *end = tzp_match(m, s + 1, ep + 1);
      if (end != NULL) {
        s = end;
        break;
      }
      p = ep + 1;
      continue;
    }
    if (quantifier == '+') {
      s = tzp_greedy(m, s + 1, p, ep);
      break;
    }
    if (quantifier == '*') {
      s = tzp_greedy(m, s, p, ep);
      break;
    }
    if (quantifier == '-') {
      s = tzp_lazy(m, s, p, ep);
      break;
    }
    s++;
    p = ep;
  }
  m->depth_left++;
  return s;
}

void tzp_push_capture(tzp_matcher *m, int i, const char *s, const char *e) {
  if (i >= m->ncap) {
    if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
    lua_pushlstring(m->L, s, (size_t)(e - s));
    return;
  }
  ptrdiff_t len = m->cap[i].len;
  if (len == TZP_OPEN) luaL_error(m->L, "unfinished capture");
  if (len == TZP_POSITION) {
    lua_pushinteger(m->L, (lua_Integer)(m->cap[i].start - m->subject) + 1);
  } else {
    lua_pushlstring(m->L, m->cap[i].start, (size_t)len);
  }
}

int tzp_push_captures(tzp_matcher *m, const char *s, const char *e) {
  int n = (m->ncap == 0 && s != NULL) ? 1 : m->ncap;
  luaL_checkstack(m->L, n, "too many captures");
  for (int i = 0; i < n; i++) tzp_push_capture(m, i, s, e);
  return n;
}
