package dev.luminara.lunyscript.registry;

/** How a binding reaches its target member. */
public enum BindingStrategy {
    /** An instance member of the native object itself ({@code Spatial.move}). */
    MEMBER,
    /** An instance member of a component looked up on the object through the engine adapter ({@code BodyView}). */
    COMPONENT,
    /** A static member: no object needed ({@code DebugConsole.log}). */
    STATIC
}
