package dev.luminara.lunyscript.transform;

/** {@code {name = "Normalize", min = 0, max = 100}}: maps {@code [min, max]} linearly onto {@code [0, 1]}. */
public record Normalize(double min, double max) implements BuiltinTransformation {
    public Normalize {
        if (!(max > min))
            throw new IllegalArgumentException("Normalize needs max > min, got [" + min + ", " + max + "]");
    }

    @Override
    public Object apply(Object value) {
        return (((Number) value).doubleValue() - min) / (max - min);
    }

    @Override
    public Class<?> outputType() {
        return double.class;
    }

    @Override
    public String describe() {
        return "Normalize(" + min + ", " + max + ")";
    }
}
