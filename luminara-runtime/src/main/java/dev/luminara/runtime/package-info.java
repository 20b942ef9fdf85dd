/**
 * The assembled engine: core's default plugins, Lua and WASM scripting with the LunyScript verbs registered as API
 * modules, set up once for a scene or a project folder. The CLI, the verifier and the MCP server all build their
 * games here, so a script sees the same API whichever of them runs it.
 */
package dev.luminara.runtime;
