/** Scripting: the runtime SPI, script assets and components, lifecycle scheduling, hot reload and the engine API bridge shared by every script language. */
package dev.luminara.script;
