/*
 * The backtracking matcher behind taizhang's budgeted string.find / match / gmatch / gsub.
 *
 * Private to CLuaSandbox. It implements the pattern language of the Lua 5.4 manual, §6.4.1,
 * and charges one step for every single-character test and every (re)try of the rest of a
 * pattern; every TZP_CHECK_EVERY steps it asks tzs_deadline_passed and raises the time-limit
 * error through tzs_raise_timeout when the budget is spent. See patterns.c for why.
 */
#ifndef TAIZHANG_PATTERN_MATCHER_H
#define TAIZHANG_PATTERN_MATCHER_H

#include <lua.h>
#include <stddef.h>

/* At most this many captures, as LUA_MAXCAPTURES in Lua 5.4. */
#define TZP_MAX_CAPTURES 32
/* Nesting limit of the matcher before "pattern too complex", as MAXCCALLS in lstrlib.c. */
#define TZP_MAX_DEPTH 200
/* Steps between two looks at the clock. */
#define TZP_CHECK_EVERY 1024

/* A capture whose ')' has not been reached yet. */
#define TZP_OPEN (-1)
/* A position capture "()". */
#define TZP_POSITION (-2)

/* One capture: where it starts and its length, or TZP_OPEN / TZP_POSITION. */
typedef struct tzp_capture {
  const char *start;
  ptrdiff_t len;
} tzp_capture;

/* The state of one match attempt over one subject and one pattern. */
typedef struct tzp_matcher {
  lua_State *L;
  const char *subject;      /* first byte of the subject */
  const char *subject_end;  /* one past its last byte (a NUL, as in every Lua string) */
  const char *pattern_end;  /* one past the pattern's last byte */
  int depth_left;           /* nested tzp_match calls still allowed */
  int ncap;                 /* captures opened so far */
  size_t steps;             /* steps charged so far */
  size_t next_check;        /* step count at which the clock is looked at next */
  tzp_capture cap[TZP_MAX_CAPTURES];
} tzp_matcher;

/* Prepares `m` for matching `pattern_len` bytes ending the pattern against the subject. */
void tzp_prepare(tzp_matcher *m, lua_State *L, const char *subject, size_t subject_len,
                 const char *pattern, size_t pattern_len);

/* Forgets the captures of a previous attempt (steps stay charged). */
void tzp_reset(tzp_matcher *m);

/* Adds `n` steps; looks at the clock when a check is due and raises if time is up. */
void tzp_charge(tzp_matcher *m, size_t n);

/* Matches the pattern from `p` against the subject from `s`; returns the end of the match
 * or NULL. Raises Lua errors for malformed patterns. */
const char *tzp_match(tzp_matcher *m, const char *s, const char *p);

/* Pushes capture `i`, or the whole match s..e when i == 0 and there are no captures. */
void tzp_push_capture(tzp_matcher *m, int i, const char *s, const char *e);

/* Pushes every capture (or the whole match when there are none and s is not NULL);
 * returns how many values it pushed. */
int tzp_push_captures(tzp_matcher *m, const char *s, const char *e);

#endif
