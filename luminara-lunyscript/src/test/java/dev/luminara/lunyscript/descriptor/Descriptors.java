package dev.luminara.lunyscript.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small descriptor folders for tests. */
public final class Descriptors {
    private Descriptors() {}

    public static final String SEMANTICS = String.join(
            "\n",
            "semantics = {",
            "  SetSpeed = { domain = 'Vehicle', params = { { name = 'speed', type = 'float', min = 0, max = 100 } } },",
            "  Honk = { domain = 'Vehicle' },",
            "},");

    /** A folder with {@code api.lua} = {@code api} and {@code b.lua} = {@code bindings}. */
    public static Path write(Path dir, String api, String bindings) {
        try {
            Files.writeString(dir.resolve("api.lua"), api);
            if (bindings != null) Files.writeString(dir.resolve("b.lua"), bindings);
            return dir.resolve("api.lua");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The usual main file around some bindings for the Luminara engine. */
    public static Path withBindings(Path dir, String bindings) {
        return write(
                dir,
                "return { version = '1.0', " + SEMANTICS + " engines = { Luminara = dofile('b.lua') } }",
                bindings);
    }
}
