/*
 * The time budget of a call into a sandboxed state.
 *
 * Lua 5.4 checks a per-instruction trap whenever any hook is set, so even a count hook
 * that fires every thousand instructions makes all Lua code about twice as slow. Instead,
 * no hook is set while a call is within its budget: a POSIX timer aimed at the calling OS
 * thread delivers a signal at the deadline, and the handler (lua_sethook is safe to call
 * from a signal handler; lua.c stops scripts on Ctrl-C the same way) marks the budget
 * expired and sets a hook on the Lua thread that is running. The hook raises the timeout.
 * Once expired, the hook fires on every instruction, so code that swallows the error
 * with pcall stops at its next instruction; a coroutine resumed afterwards gets the hook
 * as it starts. Which Lua thread runs is tracked by the coroutine.resume replacement below
 * and by nested calls from Swift. C loops of our own (patterns.c, safelib.c) compare the
 * clock with the deadline themselves.
 */
#define _GNU_SOURCE
#include "CLuaSandbox.h"

#include <lauxlib.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

const char *const tzs_timeout_message = "time limit exceeded";

/* The budget running on this OS thread, for the signal handler. */
static _Thread_local tzs_limits *volatile tzs_running = NULL;

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
  /* From a C function (table.sort, pattern matching): blame the nearest Lua line. */
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
      lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, tzs_timeout_message);
      return lua_error(L);
    }
  }
  return luaL_error(L, "%s", tzs_timeout_message);
}

static void tzs_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  if (!tzs_deadline_passed(L)) {
    lua_sethook(L, NULL, 0, 0); /* left over from an earlier call: off again */
    return;
  }
  if (lua_gethookcount(L) != 1) lua_sethook(L, tzs_hook, LUA_MASKCOUNT, 1);
  luaL_where(L, 0); /* in a hook, level 0 is the Lua function that was running */
  lua_pushstring(L, tzs_timeout_message);
  lua_concat(L, 2);
  lua_error(L);
}

static void tzs_arm_hook(lua_State *thread) {
  if (thread != NULL) lua_sethook(thread, tzs_hook, LUA_MASKCOUNT, 1);
}

void tzs_expire(lua_State *L) {
  tzs_limits *lim = tzs_limits_of(L);
  lim->expired = 1;
  tzs_arm_hook(L);
}

#define TZS_SIGNAL (SIGRTMIN + 7)

static void tzs_on_deadline(int signo) {
  (void)signo;
  /* The budgets running on this thread, innermost first (a Swift function of one state may
   * call into another). A signal that arrives late (its call ended) must not expire the
   * wrong budget: only a deadline that has really passed counts. */
  int64_t now = tzs_now_ns();
  for (tzs_limits *lim = tzs_running; lim != NULL; lim = lim->outer) {
    if (lim->deadline_ns == 0 || now < lim->deadline_ns) continue;
    lim->expired = 1;
    tzs_arm_hook(lim->current);
    tzs_arm_hook(lim->main);
  }
}

static pthread_once_t tzs_signal_once = PTHREAD_ONCE_INIT;

static void tzs_install_handler(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = tzs_on_deadline;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(TZS_SIGNAL, &action, NULL);
}

/* Arms the timer for the calling OS thread, creating it for this thread if needed. */
static void tzs_arm_timer(tzs_limits *lim, int64_t budget_ns) {
  long tid = (long)gettid();
  if (lim->timer != NULL && lim->timer_thread != tid) {
    timer_delete((timer_t)lim->timer);
    lim->timer = NULL;
  }
  if (lim->timer == NULL) {
    struct sigevent event;
    memset(&event, 0, sizeof event);
    event.sigev_notify = SIGEV_THREAD_ID;
    event.sigev_signo = TZS_SIGNAL;
    event._sigev_un._tid = (pid_t)tid; /* sigev_notify_thread_id in newer glibc */
    timer_t timer;
    if (timer_create(CLOCK_MONOTONIC, &event, &timer) != 0) return; /* C loops still check */
    lim->timer = (void *)timer;
    lim->timer_thread = tid;
  }
  struct itimerspec spec;
  memset(&spec, 0, sizeof spec);
  spec.it_value.tv_sec = budget_ns / 1000000000;
  spec.it_value.tv_nsec = budget_ns % 1000000000;
  timer_settime((timer_t)lim->timer, 0, &spec, NULL);
}

/* Whether this OS thread lets the deadline signal through (worker threads of thread
 * pools often start with every signal blocked). */
static _Thread_local int tzs_signal_unblocked = 0;

void tzs_begin_budget(lua_State *L, int64_t budget_ns) {
  pthread_once(&tzs_signal_once, tzs_install_handler);
  if (!tzs_signal_unblocked) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, TZS_SIGNAL);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    tzs_signal_unblocked = 1;
  }
  tzs_limits *lim = tzs_limits_of(L);
  lim->expired = 0;
  lim->current = L;
  lim->outer = tzs_running;
  if (budget_ns <= 0) {
    lim->deadline_ns = 0;
  } else {
    lim->deadline_ns = tzs_now_ns() + budget_ns;
    tzs_arm_timer(lim, budget_ns);
  }
  tzs_running = lim;
}

void tzs_end_budget(lua_State *L) {
  tzs_limits *lim = tzs_limits_of(L);
  if (lim->deadline_ns != 0 && lim->timer != NULL) {
    struct itimerspec off;
    memset(&off, 0, sizeof off);
    timer_settime((timer_t)lim->timer, 0, &off, NULL);
  }
  lim->deadline_ns = 0;
  tzs_running = lim->outer;
  lim->outer = NULL;
}

void tzs_close_budget(lua_State *L) {
  tzs_limits *lim = tzs_limits_of(L);
  if (lim->timer != NULL) timer_delete((timer_t)lim->timer);
  lim->timer = NULL;
}

lua_State *tzs_switch_thread(lua_State *L, lua_State *thread) {
  tzs_limits *lim = tzs_limits_of(L);
  lua_State *before = lim->current;
  lim->current = thread;
  if (lim->expired) tzs_arm_hook(thread); /* a signal may have hit the thread before */
  return before;
}

/* coroutine.resume, noting which thread runs while it runs. */
static int tzs_co_resume(lua_State *L) {
  lua_State *co = lua_tothread(L, 1);
  luaL_argexpected(L, co != NULL, 1, "coroutine");
  lua_State *before = tzs_switch_thread(L, co);
  lua_pushvalue(L, lua_upvalueindex(1)); /* the original resume */
  lua_insert(L, 1);
  /* Protected, so that `current` is restored even when resuming itself fails (memory):
   * the signal handler must never see a thread that may be collected. */
  int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
  tzs_switch_thread(L, before);
  if (status != LUA_OK) return lua_error(L);
  return lua_gettop(L);
}

void tzs_open_tracked_coroutines(lua_State *L, int coroutine_table_index) {
  int ct = lua_absindex(L, coroutine_table_index);
  lua_getfield(L, ct, "resume");
  lua_pushcclosure(L, tzs_co_resume, 1);
  lua_setfield(L, ct, "resume");
}
