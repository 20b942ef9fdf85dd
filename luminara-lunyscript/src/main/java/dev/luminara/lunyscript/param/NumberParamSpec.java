package dev.luminara.lunyscript.param;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luminara.core.json.Json;
import dev.luminara.lunyscript.ArgumentException;

/** A number, clamped into {@code [min, max]} (either bound may be infinite); integers are rounded. */
public record NumberParamSpec(
        String name, double min, double max, double defaultNumber, boolean required, boolean integer)
        implements ParamSpec {

    public NumberParamSpec {
        if (min > max) throw new IllegalArgumentException(name + ": min " + min + " > max " + max);
    }

    @Override
    public String luaType() {
        return "number";
    }

    @Override
    public Class<?> nativeType() {
        return double.class;
    }

    @Override
    public Object defaultValue() {
        return defaultNumber;
    }

    @Override
    public Object validate(String verb, Object value) {
        if (!(value instanceof Number n)) {
            throw new ArgumentException(verb, name, "expected a number, got " + ParamSpec.typeOf(value));
        }
        double d = n.doubleValue();
        double c = clamp(verb, d);
        // An in-range Double goes through as is: no second box on the reflective path.
        return c == d && value instanceof Double ? value : (Object) c;
    }

    /**
     * {@link #process} without boxing, for the compiled reflective path: the clamped default when {@code value} is
     * absent, else the clamped number; the same errors as {@code process}.
     */
    public double processNumber(String verb, Object value) {
        if (value == null) {
            if (required) throw new ArgumentException(verb, name, "required, missing");
            return clamp(verb, defaultNumber);
        }
        if (!(value instanceof Number n)) {
            throw new ArgumentException(verb, name, "expected a number, got " + ParamSpec.typeOf(value));
        }
        return clamp(verb, n.doubleValue());
    }

    /** The primitive path used by generated code and the fast reflective path: no boxing. */
    public double clamp(String verb, double v) {
        double r = integer ? Math.rint(v) : v;
        // NaN fails both comparisons: the in-range path is two compares, with no separate NaN test.
        if (r >= min) return r <= max ? r : max;
        if (r < min) return min;
        throw new ArgumentException(verb, name, "expected a number, got NaN");
    }

    @Override
    public ObjectNode jsonSchema() {
        ObjectNode s = Json.mapper().createObjectNode();
        s.put("type", integer ? "integer" : "number");
        if (Double.isFinite(min)) s.put("minimum", min);
        if (Double.isFinite(max)) s.put("maximum", max);
        s.put("default", defaultNumber);
        s.put("description", "clamped into range");
        return s;
    }

    @Override
    public String describe() {
        String range = Double.isInfinite(min) && Double.isInfinite(max) ? "" : " [" + min + ", " + max + "]";
        return name + ": " + (integer ? "int" : "number") + range + " = " + defaultNumber
                + (required ? " required" : "");
    }
}
