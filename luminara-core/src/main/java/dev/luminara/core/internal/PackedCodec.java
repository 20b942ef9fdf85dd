package dev.luminara.core.internal;

/** Moves one record value into and out of a row of a {@link PackedColumn}. */
public interface PackedCodec<T> {
    void write(T value, PackedColumn column, int row);

    T read(PackedColumn column, int row);
}
