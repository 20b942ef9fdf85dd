package dev.luminara.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.luminara.core.Entity;
import dev.luminara.core.InvalidComponentException;
import dev.luminara.core.json.Json;
import dev.luminara.core.math.Color;
import dev.luminara.core.math.Quat;
import dev.luminara.core.math.Vec3;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a component record's schema from its {@link ComponentInfo} and {@link FieldInfo} annotations. */
public final class Schemas {
    private Schemas() {}

    /** The component name: {@link ComponentInfo#name()} or the record's simple name. */
    public static String nameOf(Class<?> type) {
        ComponentInfo info = type.getAnnotation(ComponentInfo.class);
        return info != null && !info.name().isEmpty() ? info.name() : type.getSimpleName();
    }

    public static ComponentSchema of(Class<? extends Record> type) {
        String name = nameOf(type);
        if (!type.isRecord()) {
            throw new InvalidComponentException(
                    name, "", "a component must be a record, " + type.getName() + " is not");
        }
        ComponentInfo info = type.getAnnotation(ComponentInfo.class);
        List<FieldSchema> fields = fields(name, type, "");
        List<JsonNode> examples = new ArrayList<>();
        if (info != null) {
            for (String example : info.examples()) {
                try {
                    examples.add(Json.mapper().readTree(example));
                } catch (JsonProcessingException e) {
                    throw new InvalidComponentException(name, "", "example is not JSON: " + example);
                }
            }
        }
        return new ComponentSchema(
                name,
                info == null ? "" : info.description(),
                info == null ? "gameplay" : info.category(),
                fields,
                examples,
                info == null ? List.of() : Arrays.asList(info.pairedWith()));
    }

    private static List<FieldSchema> fields(String component, Class<?> type, String prefix) {
        List<FieldSchema> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            FieldInfo fi = rc.getAnnotation(FieldInfo.class);
            String path = prefix + rc.getName();
            Class<?> raw = rc.getType();
            JsonNode defaultValue = null;
            List<String> allowed = new ArrayList<>();
            Double min = null, max = null;
            String unit = "";
            String description = "";
            if (fi != null) {
                description = fi.description();
                unit = fi.unit();
                allowed.addAll(Arrays.asList(fi.allowed()));
                if (fi.min() != Double.NEGATIVE_INFINITY) min = fi.min();
                if (fi.max() != Double.POSITIVE_INFINITY) max = fi.max();
                if (!fi.defaultValue().isEmpty()) {
                    try {
                        defaultValue = Json.mapper().readTree(fi.defaultValue());
                    } catch (JsonProcessingException e) {
                        throw new InvalidComponentException(
                                component, path, "default is not JSON: " + fi.defaultValue());
                    }
                }
            }
            if (raw.isEnum() && allowed.isEmpty()) {
                for (Object constant : raw.getEnumConstants()) {
                    allowed.add(((Enum<?>) constant).name());
                }
            }
            List<FieldSchema> nested = isStructured(raw) ? fields(component, raw, path + ".") : List.of();
            out.add(new FieldSchema(
                    rc.getName(),
                    typeName(rc.getGenericType()),
                    description,
                    defaultValue,
                    new FieldConstraints(min, max, allowed, unit),
                    nested));
        }
        return out;
    }

    /** A nested record that is not one of the well-known value types. */
    static boolean isStructured(Class<?> raw) {
        return raw.isRecord() && raw != Vec3.class && raw != Quat.class && raw != Color.class && raw != Entity.class;
    }

    /** The short type name tools show for a Java field type. */
    public static String typeName(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (Map.class.isAssignableFrom(raw)) {
                return "map<string," + typeName(args[1]) + ">";
            }
            if (Set.class.isAssignableFrom(raw)) {
                return "set<" + typeName(args[0]) + ">";
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return "list<" + typeName(args[0]) + ">";
            }
            return typeName(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return "object";
        }
        if (c == float.class || c == Float.class) return "float";
        if (c == double.class || c == Double.class) return "double";
        if (c == int.class || c == Integer.class) return "int";
        if (c == long.class || c == Long.class) return "long";
        if (c == boolean.class || c == Boolean.class) return "bool";
        if (c == String.class) return "string";
        if (c == Entity.class) return "entity";
        if (c == Vec3.class) return "vec3";
        if (c == Quat.class) return "quat";
        if (c == Color.class) return "color";
        if (c.isEnum()) return "enum";
        if (c.isRecord()) return "object";
        return c.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
