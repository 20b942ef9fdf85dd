package dev.luminara.core.internal;

/** Creates the column that suits a component type: packed when it has a layout, references otherwise. */
public final class Columns {
    private Columns() {}

    public static Column create(RecordLayout layout, PackedCodec<?> codec, int capacity) {
        return layout == null ? new ObjectColumn(capacity) : new PackedColumn(layout, codec, capacity);
    }

    /** The generic codec for a packable record layout. */
    public static PackedCodec<?> reflectiveCodec(RecordLayout layout) {
        return new ReflectivePackedCodec(layout);
    }
}
