/** LunyScript: semantic gameplay verbs described once in Lua descriptor files and bound to several engines. */
package dev.luminara.lunyscript;
