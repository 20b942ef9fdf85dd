package dev.luminara.core.internal;

/** The generic codec for any packable record, through method handles resolved once. */
final class ReflectivePackedCodec implements PackedCodec<Object> {
    private final RecordLayout layout;

    ReflectivePackedCodec(RecordLayout layout) {
        this.layout = layout;
    }

    @Override
    public void write(Object value, PackedColumn column, int row) {
        write(layout.root, value, column, row);
    }

    @Override
    public Object read(PackedColumn column, int row) {
        return read(layout.root, column, row);
    }

    private static void write(RecordLayout.Node node, Object value, PackedColumn c, int row) {
        for (int i = 0; i < node.children().length; i++) {
            Object part = get(node, i, value);
            Object child = node.children()[i];
            if (child instanceof RecordLayout.Leaf leaf) {
                switch (leaf.kind()) {
                    case FLOAT -> c.floats[leaf.slot()][row] = (Float) part;
                    case DOUBLE -> c.doubles[leaf.slot()][row] = (Double) part;
                    case INT -> c.ints[leaf.slot()][row] = (Integer) part;
                    case LONG -> c.longs[leaf.slot()][row] = (Long) part;
                    case BOOLEAN -> c.booleans[leaf.slot()][row] = (Boolean) part;
                    case ENUM -> c.ints[leaf.slot()][row] = ((Enum<?>) part).ordinal();
                }
            } else {
                write((RecordLayout.Node) child, part, c, row);
            }
        }
    }

    private static Object read(RecordLayout.Node node, PackedColumn c, int row) {
        Object[] args = new Object[node.children().length];
        for (int i = 0; i < args.length; i++) {
            Object child = node.children()[i];
            if (child instanceof RecordLayout.Leaf leaf) {
                args[i] = switch (leaf.kind()) {
                    case FLOAT -> c.floats[leaf.slot()][row];
                    case DOUBLE -> c.doubles[leaf.slot()][row];
                    case INT -> c.ints[leaf.slot()][row];
                    case LONG -> c.longs[leaf.slot()][row];
                    case BOOLEAN -> c.booleans[leaf.slot()][row];
                    case ENUM -> leaf.constants()[c.ints[leaf.slot()][row]];
                };
            } else {
                args[i] = read((RecordLayout.Node) child, c, row);
            }
        }
        try {
            return (Object) node.constructor().invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot rebuild " + node.type().getSimpleName(), t);
        }
    }

    private static Object get(RecordLayout.Node node, int i, Object value) {
        try {
            return (Object) node.getters()[i].invokeExact(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot read " + node.type().getSimpleName(), t);
        }
    }
}
