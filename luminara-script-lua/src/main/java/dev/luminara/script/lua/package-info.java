/** Lua scripts (LuaJ) behind the script runtime SPI. */
package dev.luminara.script.lua;
