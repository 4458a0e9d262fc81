/*
 * The C half of taizhang's Lua sandbox.
 *
 * Everything that may raise a Lua error (longjmp) lives on this side, so no error ever
 * unwinds through a Swift frame: the capped allocator, the time-budget hook, the
 * trampoline through which Lua calls Swift, and replacements for library functions that
 * could otherwise run for a long time inside C where no hook can stop them.
 */
#ifndef TAIZHANG_CLUA_SANDBOX_H
#define TAIZHANG_CLUA_SANDBOX_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

/* Per-state limits and accounting; owned by the Swift LuaState, passed as the
 * allocator's user data, so any C function can reach it via lua_getallocf. */
typedef struct tzs_limits {
  size_t used;          /* bytes currently allocated by this state */
  size_t peak;          /* the most ever allocated */
  size_t limit;         /* the cap in bytes; 0 means none */
  int enforce;          /* the cap applies only while > 0, i.e. while Lua code runs */
  int limit_hit;        /* set when an allocation was refused for the cap */
  int64_t deadline_ns;  /* CLOCK_MONOTONIC deadline of the current call; 0 means none */
  volatile int expired; /* sticky once the deadline has passed, until a new call starts */
  lua_State *main;      /* the state's main thread */
  lua_State *volatile current; /* the thread running Lua code now (a coroutine or main) */
  struct tzs_limits *outer;    /* the budget running on this OS thread before this one */
  void *timer;          /* the POSIX timer of the current budget, if armed */
  long timer_thread;    /* the OS thread the timer signals */
} tzs_limits;

/* Creates a state whose allocator accounts to (and is capped by) `lim`. */
lua_State *tzs_newstate(tzs_limits *lim);

/* The limits of a state made by tzs_newstate. */
tzs_limits *tzs_limits_of(lua_State *L);

/* Monotonic clock in nanoseconds. */
int64_t tzs_now_ns(void);

/* Starts a time budget of `budget_ns` (0: none) for an outermost call on this OS thread:
 * arms a timer whose signal, when the deadline passes, sets a hook on the running Lua
 * thread. No hook runs before then, so the budget costs nothing while code is in time. */
void tzs_begin_budget(lua_State *L, int64_t budget_ns);

/* Ends the budget begun by tzs_begin_budget: disarms the timer. */
void tzs_end_budget(lua_State *L);

/* Frees the state's timer; called before lua_close. */
void tzs_close_budget(lua_State *L);

/* Notes that Lua code now runs on `thread` (a nested call, a resumed coroutine) and
 * returns the thread that ran before, to be restored with tzs_switch_thread. */
lua_State *tzs_switch_thread(lua_State *L, lua_State *thread);

/* Replaces coroutine.resume in the table at the index with a version that tracks which
 * thread runs, so the deadline's hook lands on it. */
void tzs_open_tracked_coroutines(lua_State *L, int coroutine_table_index);

/* Returns 1 when the current call's deadline has passed (and marks it expired).
 * Long-running C loops call this every few thousand steps. */
int tzs_deadline_passed(lua_State *L);

/* Marks the state expired and arms the hook on every instruction: used before closing a
 * state, so that finalizers cannot run forever. */
void tzs_expire(lua_State *L);

/* Raises the time-limit error. Never returns. */
int tzs_raise_timeout(lua_State *L);

/* The message of the time-limit error, without position. */
extern const char *const tzs_timeout_message;

/* The Swift side of a call from Lua: a Swift function receives the state and the
 * opaque box of the function being called; it returns the number of results it pushed,
 * or one of the two codes below after pushing an error value, which the trampoline then
 * raises from C. */
#define TZS_RAISE_WITH_POSITION (-1) /* prefix a string error with the caller's position */
#define TZS_RAISE (-2)               /* raise the value as it is */
typedef int (*tzs_dispatch_fn)(lua_State *L, void *box);

/* Pushes a Lua C closure that calls `dispatch(L, box)` through the trampoline. */
void tzs_push_swift_function(lua_State *L, tzs_dispatch_fn dispatch, void *box);

/* The message handler used for protected calls: appends a traceback to string errors. */
int tzs_traceback_handler(lua_State *L);

/* Sets find, match, gmatch and gsub in the string table at `string_table_index` to
 * pattern matching that checks the time budget as it goes (patterns.c). */
void tzs_open_budgeted_string(lua_State *L, int string_table_index);

/* Replaces functions of the string and table libraries whose C loops could run for a long
 * time without allocating (string.rep of empty strings, table.move/insert/remove over a
 * huge length) with versions that check the time budget (safelib.c). */
void tzs_open_budgeted_tables(lua_State *L, int string_table_index, int table_table_index);

#endif
