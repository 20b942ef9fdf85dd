package dev.luminara.core.asset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a file into an asset of one type; registered with {@link Assets#register} for a file extension. A loader that
 * finds the content wrong throws an exception whose message says what is wrong; the registry adds the file's name.
 */
@FunctionalInterface
public interface AssetLoader<T> {
    T load(Path file) throws IOException;
}
