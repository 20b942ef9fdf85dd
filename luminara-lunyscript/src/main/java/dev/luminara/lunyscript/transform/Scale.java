package dev.luminara.lunyscript.transform;

/** {@code {name = "Scale", factor = 45}}: multiplies a number (normalised steering to degrees, say). */
public record Scale(double factor) implements BuiltinTransformation {
    @Override
    public Object apply(Object value) {
        return ((Number) value).doubleValue() * factor;
    }

    @Override
    public Class<?> outputType() {
        return double.class;
    }

    @Override
    public String describe() {
        return "Scale(factor=" + factor + ")";
    }
}
