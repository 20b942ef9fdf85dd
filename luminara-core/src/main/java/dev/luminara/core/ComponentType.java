package dev.luminara.core;

import dev.luminara.core.internal.Column;
import dev.luminara.core.internal.Columns;
import dev.luminara.core.internal.PackedCodec;
import dev.luminara.core.internal.RecordLayout;
import dev.luminara.core.schema.ComponentSchema;

/**
 * A registered component type: its id in this world's registry, its name, its record class and its schema.
 *
 * @param <T> the component record
 */
public final class ComponentType<T extends Record> {
    private final int id;
    private final Class<T> type;
    private final ComponentSchema schema;
    private final RecordLayout layout;
    private final PackedCodec<?> codec;

    ComponentType(int id, Class<T> type, ComponentSchema schema, RecordLayout layout, PackedCodec<?> codec) {
        this.id = id;
        this.type = type;
        this.schema = schema;
        this.layout = layout;
        this.codec = codec;
    }

    public int id() {
        return id;
    }

    public String name() {
        return schema.name();
    }

    public Class<T> type() {
        return type;
    }

    public ComponentSchema schema() {
        return schema;
    }

    /** True when values are stored as primitive columns (see {@link Chunk#floats}). */
    public boolean isPacked() {
        return layout != null;
    }

    RecordLayout layout() {
        return layout;
    }

    Column newColumn(int capacity) {
        return Columns.create(layout, codec, capacity);
    }

    public T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name();
    }
}
