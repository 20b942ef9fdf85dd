package dev.luminara.lunyscript.descriptor;

import java.util.List;

/**
 * One parameter as a descriptor declares it: {@code {name="speed", type="float", min=0, max=100, default=0,
 * required=false, allowed={...}, transform=...}}. Numbers are doubles, absent bounds and defaults are null.
 */
public record ParamDef(
        String name,
        String type,
        Double min,
        Double max,
        Object defaultValue,
        boolean required,
        List<String> allowed,
        TransformDef transform,
        Origin origin) {
    public ParamDef {
        allowed = List.copyOf(allowed);
    }

    /** {@code float}, {@code double}, {@code int} are numbers; {@code boolean} is bool; other names are objects. */
    public static String canonicalType(String type) {
        switch (type) {
            case "number":
            case "float":
            case "double":
            case "int":
            case "integer":
                return "number";
            case "bool":
            case "boolean":
                return "bool";
            case "string":
                return "string";
            default:
                return "object";
        }
    }
}
