package dev.luminara.lunyscript.transform;

/** {@code {name = "Clamp", min = 0, max = 1}}: an engine-side range, narrower than the contract's. */
public record Clamp(double min, double max) implements BuiltinTransformation {
    @Override
    public Object apply(Object value) {
        double v = ((Number) value).doubleValue();
        return v < min ? min : v > max ? max : v;
    }

    @Override
    public Class<?> outputType() {
        return double.class;
    }

    @Override
    public String describe() {
        return "Clamp(" + min + ", " + max + ")";
    }
}
