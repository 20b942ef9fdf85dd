package dev.luminara.lunyscript;

/** A LunyScript proxy (object, scene, asset) that stands for a native engine object; arguments are unwrapped to it. */
public interface NativeObjectProxy {
    Object nativeObject();
}
