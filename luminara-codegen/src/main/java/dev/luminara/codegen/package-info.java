/** The LunyScript code generator: descriptors to Java sources, as a list of small rules. */
package dev.luminara.codegen;
