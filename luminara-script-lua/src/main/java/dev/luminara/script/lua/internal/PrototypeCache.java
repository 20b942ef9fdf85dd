package dev.luminara.script.lua.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.compiler.LuaC;

/**
 * Compiled chunks (LuaC {@link Prototype}s) by chunk name and exact source bytes, the least recently used dropped past
 * {@link #CAPACITY}. Safe to share between sessions and threads: LuaJ's interpreter never writes a prototype after
 * compiling it, and each load makes its own closure and upvalues. It saves the second compile of a source the
 * verifier has just analysed, and the recompile of an unchanged script on hot reload.
 */
public final class PrototypeCache {
    static final int CAPACITY = 64;
    /** Larger sources are compiled uncached, so that the cache holds at most a few megabytes. */
    static final int MAX_SOURCE_BYTES = 64 * 1024;

    private static final Map<Key, Prototype> CACHE = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Prototype> eldest) {
            return size() > CAPACITY;
        }
    };

    private PrototypeCache() {}

    /**
     * The prototype of {@code source} compiled as {@code chunkName} ("@path" names a file in error messages).
     *
     * @throws org.luaj.vm2.LuaError for a syntax error, as LuaC reports it ("path:line: message")
     */
    public static Prototype compile(String chunkName, byte[] source) {
        if (source.length > MAX_SOURCE_BYTES) return compileNow(chunkName, source);
        Key key = new Key(chunkName, source.clone());
        synchronized (CACHE) {
            Prototype p = CACHE.get(key);
            if (p != null) return p;
        }
        Prototype p = compileNow(chunkName, key.source);
        synchronized (CACHE) {
            CACHE.put(key, p);
        }
        return p;
    }

    private static Prototype compileNow(String chunkName, byte[] source) {
        try {
            return LuaC.instance.compile(new ByteArrayInputStream(source), chunkName);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
    }

    private record Key(String chunkName, byte[] source, int hash) {
        Key(String chunkName, byte[] source) {
            this(chunkName, source, 31 * chunkName.hashCode() + Arrays.hashCode(source));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && hash == k.hash
                    && chunkName.equals(k.chunkName)
                    && Arrays.equals(source, k.source);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
