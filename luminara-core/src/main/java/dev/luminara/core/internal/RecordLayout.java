package dev.luminara.core.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a record made only of primitives, enums and such records is laid out as columns of primitives (one array per
 * leaf). Leaves are numbered per storage kind in depth-first record-component order, so the layout of a type is stable
 * and hand-written codecs can rely on it.
 */
public final class RecordLayout {
    /** One primitive leaf: its dotted path, kind, and slot among the arrays of its storage kind. */
    public record Leaf(String path, LeafKind kind, int slot, Class<?> enumType) {
        /** The enum constants of an ENUM leaf, indexed by ordinal (a shared array: do not modify). */
        public Object[] constants() {
            return enumType == null ? new Object[0] : ENUM_CONSTANTS.get(enumType);
        }
    }

    private static final ClassValue<Object[]> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private final Class<?> type;
    private final List<Leaf> leaves;
    private final Map<String, Leaf> byPath;
    private final EnumMap<LeafKind, Integer> counts;
    final Node root;

    private RecordLayout(Class<?> type, Node root, List<Leaf> leaves, EnumMap<LeafKind, Integer> counts) {
        this.type = type;
        this.root = root;
        this.leaves = List.copyOf(leaves);
        this.counts = counts;
        Map<String, Leaf> map = new LinkedHashMap<>();
        for (Leaf leaf : leaves) {
            map.put(leaf.path(), leaf);
        }
        this.byPath = Collections.unmodifiableMap(map);
    }

    /** The layout of {@code type}, or null when some field is not a primitive, an enum or a packable record. */
    public static RecordLayout analyze(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        EnumMap<LeafKind, Integer> counts = new EnumMap<>(LeafKind.class);
        for (LeafKind k : LeafKind.values()) {
            counts.put(k, 0);
        }
        List<Leaf> leaves = new ArrayList<>();
        Node root = build(type, "", leaves, counts, 0);
        return root == null ? null : new RecordLayout(type, root, leaves, counts);
    }

    private static Node build(
            Class<?> type, String prefix, List<Leaf> leaves, Map<LeafKind, Integer> counts, int depth) {
        if (depth > 4) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0) {
            return null;
        }
        Object[] children = new Object[components.length];
        MethodHandle[] getters = new MethodHandle[components.length];
        Class<?>[] params = new Class<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                Class<?> ft = rc.getType();
                params[i] = ft;
                String path = prefix.isEmpty() ? rc.getName() : prefix + "." + rc.getName();
                var accessor = rc.getAccessor();
                accessor.setAccessible(true);
                getters[i] = lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
                LeafKind kind = LeafKind.of(ft);
                if (kind != null) {
                    LeafKind storage = kind.storage();
                    int slot = counts.get(storage);
                    counts.put(storage, slot + 1);
                    Leaf leaf = new Leaf(path, kind, slot, kind == LeafKind.ENUM ? ft : null);
                    leaves.add(leaf);
                    children[i] = leaf;
                } else if (ft.isRecord()) {
                    Node child = build(ft, path, leaves, counts, depth + 1);
                    if (child == null) {
                        return null;
                    }
                    children[i] = child;
                } else {
                    return null;
                }
            }
            var ctor = type.getDeclaredConstructor(params);
            ctor.setAccessible(true);
            MethodHandle mh = lookup.unreflectConstructor(ctor)
                    .asType(MethodType.genericMethodType(components.length))
                    .asSpreader(Object[].class, components.length);
            return new Node(type, mh, getters, children);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    public Class<?> type() {
        return type;
    }

    public List<Leaf> leaves() {
        return leaves;
    }

    /** The leaf at a dotted path such as {@code position.x}, or null. */
    public Leaf leaf(String path) {
        return byPath.get(path);
    }

    public int count(LeafKind storageKind) {
        return counts.get(storageKind);
    }

    /** A record node: its spread constructor, its component getters, and per component a Leaf or a Node. */
    record Node(Class<?> type, MethodHandle constructor, MethodHandle[] getters, Object[] children) {}
}
