package dev.luminara.core.internal;

/** The primitive kinds a packed component can be made of. Enums are stored by ordinal. */
public enum LeafKind {
    FLOAT,
    DOUBLE,
    INT,
    LONG,
    BOOLEAN,
    ENUM;

    public static LeafKind of(Class<?> type) {
        if (type == float.class) return FLOAT;
        if (type == double.class) return DOUBLE;
        if (type == int.class) return INT;
        if (type == long.class) return LONG;
        if (type == boolean.class) return BOOLEAN;
        if (type.isEnum()) return ENUM;
        return null;
    }

    /** Where a leaf of this kind is stored: enums share the int arrays. */
    public LeafKind storage() {
        return this == ENUM ? INT : this;
    }
}
