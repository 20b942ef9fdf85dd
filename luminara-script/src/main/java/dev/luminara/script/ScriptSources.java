package dev.luminara.script;

import java.util.Optional;

/** Reads script files by id from the script root; {@code require} goes through it, so it cannot leave the root. */
@FunctionalInterface
public interface ScriptSources {
    /** The bytes of the script, or empty if there is no such file. */
    Optional<byte[]> read(ScriptId id);
}
