#ifndef TAIZHANG_CLUA_SANDBOX_H
#define TAIZHANG_CLUA_SANDBOX_H
#include <lua.h>
#endif
