/* Helpers shared by the budgeted library replacements (safelib.c, sort.c). */
#ifndef TAIZHANG_CLUA_SAFELIB_H
#define TAIZHANG_CLUA_SAFELIB_H

#include <lua.h>

/* Fails unless the value at `arg` is a table, or has a metatable with the fields that the
 * operation needs (`__index` to read, `__newindex` to write, `__len` for the length). */
void tzs_checktab(lua_State *L, int arg, int read, int write, int len);

/* table.sort with Lua 5.4's algorithm and messages, checking the time budget at every
 * comparison (sort.c). */
int tzs_tsort(lua_State *L);

#endif
