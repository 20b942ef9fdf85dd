package dev.luminara.lunyscript.descriptor;

/** A transform as written in a descriptor: a registered name with optional settings, or an inline Lua function. */
public sealed interface TransformDef permits NamedTransform, LuaTransform {
    Origin origin();

    /** A short description for traces and reports. */
    String describe();
}
