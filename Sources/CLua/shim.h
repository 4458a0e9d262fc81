/*
 * Swift's view of the Lua 5.4 C API.
 *
 * Swift imports plain C functions but not function-like macros, so every macro of
 * lua.h / lauxlib.h that the runtime needs is re-exposed here as a `clua_`-prefixed
 * static inline function, and every constant-like macro that does not import as a
 * constant is re-exposed as an inline getter. Nothing here raises on its own.
 */
#ifndef TAIZHANG_CLUA_SHIM_H
#define TAIZHANG_CLUA_SHIM_H

#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

static inline int clua_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline int clua_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline int clua_multret(void) { return LUA_MULTRET; }
static inline lua_Integer clua_ridx_globals(void) { return LUA_RIDX_GLOBALS; }
static inline lua_Integer clua_maxinteger(void) { return LUA_MAXINTEGER; }
static inline lua_Integer clua_mininteger(void) { return LUA_MININTEGER; }

static inline void clua_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void clua_newtable(lua_State *L) { lua_newtable(L); }
static inline void clua_pushcfunction(lua_State *L, lua_CFunction f) { lua_pushcfunction(L, f); }
static inline void clua_register(lua_State *L, const char *n, lua_CFunction f) { lua_register(L, n, f); }
static inline void clua_pushglobaltable(lua_State *L) { lua_pushglobaltable(L); }
static inline void clua_insert(lua_State *L, int idx) { lua_insert(L, idx); }
static inline void clua_remove(lua_State *L, int idx) { lua_remove(L, idx); }
static inline void clua_replace(lua_State *L, int idx) { lua_replace(L, idx); }

static inline int clua_isfunction(lua_State *L, int n) { return lua_isfunction(L, n); }
static inline int clua_istable(lua_State *L, int n) { return lua_istable(L, n); }
static inline int clua_isnil(lua_State *L, int n) { return lua_isnil(L, n); }
static inline int clua_isnone(lua_State *L, int n) { return lua_isnone(L, n); }
static inline int clua_isnoneornil(lua_State *L, int n) { return lua_isnoneornil(L, n); }
static inline int clua_isboolean(lua_State *L, int n) { return lua_isboolean(L, n); }
static inline const char *clua_typename(lua_State *L, int i) { return luaL_typename(L, i); }

static inline lua_Number clua_tonumber(lua_State *L, int i) { return lua_tonumber(L, i); }
static inline lua_Integer clua_tointeger(lua_State *L, int i) { return lua_tointeger(L, i); }
static inline const char *clua_tostring(lua_State *L, int i) { return lua_tostring(L, i); }
static inline void *clua_getextraspace(lua_State *L) { return lua_getextraspace(L); }

static inline int clua_pcall(lua_State *L, int nargs, int nresults, int msgh) {
  return lua_pcall(L, nargs, nresults, msgh);
}
static inline void clua_call(lua_State *L, int nargs, int nresults) { lua_call(L, nargs, nresults); }
static inline int clua_loadbuffer(lua_State *L, const char *buf, size_t size, const char *name,
                                  const char *mode) {
  return luaL_loadbufferx(L, buf, size, name, mode);
}
static inline int clua_getref(lua_State *L, int ref) {
  return lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
}
static inline int clua_ref(lua_State *L) { return luaL_ref(L, LUA_REGISTRYINDEX); }
static inline void clua_unref(lua_State *L, int ref) { luaL_unref(L, LUA_REGISTRYINDEX, ref); }
static inline int clua_gc_count_kb(lua_State *L) { return lua_gc(L, LUA_GCCOUNT, 0); }
static inline int clua_gc_count_b(lua_State *L) { return lua_gc(L, LUA_GCCOUNTB, 0); }
static inline int clua_gc_collect(lua_State *L) { return lua_gc(L, LUA_GCCOLLECT, 0); }

#endif
