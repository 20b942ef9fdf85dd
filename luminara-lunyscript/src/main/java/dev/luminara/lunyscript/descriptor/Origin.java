package dev.luminara.lunyscript.descriptor;

/** Where a descriptor value came from: the file (relative to the descriptor folder) and the Lua key path in it. */
public record Origin(String file, String keyPath) {
    /** The key path of a child key: {@code a.b}, {@code a["com.jme3"]} or {@code a[2]}. */
    public Origin child(Object key) {
        return new Origin(file, KeyPaths.child(keyPath, key));
    }

    /** The same key path read from another file (the value came out of a {@code dofile}). */
    public Origin inFile(String otherFile) {
        return new Origin(otherFile, keyPath);
    }

    @Override
    public String toString() {
        return file + ": " + keyPath;
    }
}
