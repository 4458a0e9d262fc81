import CLua
import CLuaSandbox

/// Placeholder.
public enum LuaRuntime {}
